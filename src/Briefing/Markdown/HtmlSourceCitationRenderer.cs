using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Markdown;

/// <summary>Writes a citation's markers; an item without a marker (an unknown source, already reported) prints as written.</summary>
public sealed class HtmlSourceCitationRenderer : HtmlObjectRenderer<SourceCitation>
{
    protected override void Write(HtmlRenderer renderer, SourceCitation citation)
    {
        var markers = citation.Items.Select(i => i.Marker).OfType<NoteMarker>().ToList();
        if (markers.Count > 0)
            renderer.Write(NoteMarkerHtml.Of(markers));
        foreach (var unresolved in citation.Items.Where(i => i.Marker is null))
            renderer.WriteEscape($"[@{unresolved.Id}]");
    }
}
