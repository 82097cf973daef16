using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Markdown.Citations;

/// <summary>
/// Replaces Markdig's footnote link renderer so footnotes share the page's note numbering and
/// look like citations; back-links are drawn by the layout from <see cref="Note.Markers"/> instead.
/// </summary>
public sealed class HtmlNoteFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (!link.IsBackLink && link.GetData(typeof(NoteMarker)) is NoteMarker marker)
            renderer.Write(NoteMarkerHtml.Of([marker]));
    }
}
