using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Markdown.Citations;

/// <summary>
/// The notes as a plain <c>Markdown.ToHtml</c> shows them: an ordered list at the end, each note with its
/// source (and the locators cited) or its footnote's text, and a link back to each of its markers.
/// The site draws its notes in the layout instead (theme/partials/notes.sbn).
/// </summary>
public sealed class HtmlNotesBlockRenderer : HtmlObjectRenderer<NotesBlock>
{
    protected override void Write(HtmlRenderer renderer, NotesBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"notes\" role=\"doc-endnotes\">");
        renderer.WriteLine("<ol>");
        foreach (var note in block.Notes.All)
        {
            renderer.Write("<li id=\"").Write(note.Id).Write("\">");
            if (note.Source is { } source)
            {
                renderer.WriteEscape(source.Title);
                if (note.Locators.Any())
                    renderer.Write(", ").WriteEscape(string.Join("; ", note.Locators));
                renderer.Write(".");
            }
            else if (block.BodyOf(note) is { } body)
            {
                renderer.WriteChildren(body);
            }
            foreach (var marker in note.Markers)
                renderer.Write(" <a href=\"#").Write(marker.Id).Write("\" role=\"doc-backlink\">↩</a>");
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
