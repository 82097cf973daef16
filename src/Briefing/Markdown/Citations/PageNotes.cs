using Briefing.Data;

namespace Briefing.Markdown.Citations;

/// <summary>
/// The notes of one page, numbered in reading order in one sequence shared by citations and footnotes.
/// The Markdown body numbers first; the layout's data cells (through the template's <c>cite</c>) go on from there.
/// Not thread-safe: one page is rendered by one thread.
/// </summary>
public sealed class PageNotes
{
    private readonly List<Note> _notes = [];
    private readonly Dictionary<string, Note> _bySource = new(StringComparer.Ordinal);
    // By label, not by Markdig's Footnote object: holding that would keep the page's whole syntax tree alive.
    private readonly Dictionary<string, Note> _byFootnote = new(StringComparer.Ordinal);

    public IReadOnlyList<Note> All => _notes;

    public NoteMarker CiteSource(Source source, string? locator)
    {
        if (!_bySource.TryGetValue(source.Id, out var note))
        {
            note = Add(new Note { Number = _notes.Count + 1, Source = source });
            _bySource[source.Id] = note;
        }
        return note.AddMarker(locator);
    }

    public NoteMarker ReferFootnote(string label)
    {
        if (!_byFootnote.TryGetValue(label, out var note))
        {
            note = Add(new Note { Number = _notes.Count + 1 });
            _byFootnote[label] = note;
        }
        return note.AddMarker(null);
    }

    public Note? NoteOfFootnote(string label) => _byFootnote.GetValueOrDefault(label);

    /// <summary>A copy to number on from, so a layout's data-cell citations never change the Markdown's own notes (which may be cached).</summary>
    public PageNotes Clone()
    {
        var copy = new PageNotes();
        foreach (var note in _notes)
        {
            var cloned = copy.Add(note.Clone());
            if (note.Source is not null)
                copy._bySource[note.Source.Id] = cloned;
        }
        foreach (var (label, note) in _byFootnote)
            copy._byFootnote[label] = copy._notes[note.Number - 1];
        return copy;
    }

    private Note Add(Note note)
    {
        _notes.Add(note);
        return note;
    }
}
