using Markdig.Syntax;

namespace Briefing.Markdown.Citations;

/// <summary>
/// The page's numbered notes, the last block of a document the <see cref="NoteExtension"/> numbered (as
/// Markdig's FootnoteGroup is for its footnotes). Its children are the bodies of the footnotes referenced,
/// moved here so a walk of the document still reaches their links; a site that draws its notes in a
/// layout takes the notes and removes the block, a plain <c>Markdown.ToHtml</c> renders it as a list.
/// </summary>
public sealed class NotesBlock(PageNotes notes) : ContainerBlock(null)
{
    public PageNotes Notes { get; } = notes;

    /// <summary>The body of a footnote note, by its label.</summary>
    public Markdig.Extensions.Footnotes.Footnote? BodyOf(Note note) =>
        this.OfType<Markdig.Extensions.Footnotes.Footnote>().FirstOrDefault(f => Notes.NoteOfFootnote(f.Label ?? "") == note);
}
