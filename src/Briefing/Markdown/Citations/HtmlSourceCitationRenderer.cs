using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Markdown.Citations;

/// <summary>
/// Writes a citation's markers: a bracketed citation as a group of note markers, an in-text one as the
/// source's name followed by its marker. An item without a marker (an unknown source, already reported) prints as written.
/// </summary>
public sealed class HtmlSourceCitationRenderer : HtmlObjectRenderer<SourceCitation>
{
    protected override void Write(HtmlRenderer renderer, SourceCitation citation)
    {
        var markers = citation.Items.Select(i => i.Marker).OfType<NoteMarker>().ToList();
        if (markers.Count == 0)
        {
            renderer.WriteEscape(citation.Markup);
            return;
        }
        if (citation.IsInText)
            renderer.WriteEscape(citation.Items[0].InTextLabel ?? "");
        renderer.Write(NoteMarkerHtml.Of(markers));
        foreach (var unresolved in citation.Items.Where(i => i.Marker is null))
            renderer.WriteEscape($"[@{unresolved.Id}]");
    }
}
