using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Markdown.Citations;

/// <summary>Prints text that only looked like a citation exactly as it was written.</summary>
public sealed class HtmlMalformedCitationRenderer : HtmlObjectRenderer<MalformedCitation>
{
    protected override void Write(HtmlRenderer renderer, MalformedCitation citation) => renderer.WriteEscape(citation.Markup);
}
