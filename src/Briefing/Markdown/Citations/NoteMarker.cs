namespace Briefing.Markdown.Citations;

/// <summary>One place on a page that points at a note: its own id (for back-links) and the note's number.</summary>
/// <param name="Id">The marker's element id, <c>ref-3-2</c> for the second marker of note 3.</param>
public sealed record NoteMarker(string Id, int Number, string? Locator)
{
    public string NoteId => Note.IdOf(Number);
}
