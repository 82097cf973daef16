using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Briefing.Markdown;

/// <summary>
/// A Markdown table inside a focusable box that scrolls sideways, so a wide table never makes the
/// whole page scroll on a phone (and keyboard users can scroll it: tabindex="0").
/// </summary>
public sealed class HtmlScrollingTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}
