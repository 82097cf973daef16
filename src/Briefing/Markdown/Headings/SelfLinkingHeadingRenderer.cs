using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Markdown.Headings;

/// <summary>
/// A heading with its id and a small link to itself, so a reader can copy the address of a section
/// (the same ids GitHub gives, so anchors written for GitHub land).
/// </summary>
public sealed class SelfLinkingHeadingRenderer : HeadingRenderer
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.GetAttributes().Id;
        if (id is null || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, heading);
            return;
        }

        var tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write(" <a class=\"heading-link\" href=\"#").Write(WebUtility.HtmlEncode(id))
            .Write("\" aria-label=\"Link to the section ").Write(WebUtility.HtmlEncode(InlineText.Of(heading.Inline)))
            .Write("\">#</a>");
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
