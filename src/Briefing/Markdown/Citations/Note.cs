using Briefing.Data;
using Briefing.Html;

namespace Briefing.Markdown.Citations;

/// <summary>
/// One numbered note at the foot of a page: either a source (cited once or many times)
/// or an editor's footnote. Each note lists every marker that points at it, for back-links.
/// </summary>
public sealed class Note
{
    private readonly List<NoteMarker> _markers = [];

    public required int Number { get; init; }

    public string Id => IdOf(Number);

    /// <summary>The cited source; null for a footnote.</summary>
    public Source? Source { get; init; }

    /// <summary>The footnote's text as HTML; null for a source.</summary>
    public TrustedHtml? Footnote { get; set; }

    public IReadOnlyList<NoteMarker> Markers => _markers;

    /// <summary>The locators this page cites the source at, each once, in reading order.</summary>
    public IEnumerable<string> Locators => _markers.Select(m => m.Locator).OfType<string>().Distinct();

    public static string IdOf(int number) => $"note-{number}";

    internal Note Clone()
    {
        var copy = new Note { Number = Number, Source = Source, Footnote = Footnote };
        copy._markers.AddRange(_markers);
        return copy;
    }

    internal NoteMarker AddMarker(string? locator)
    {
        var marker = new NoteMarker($"ref-{Number}-{_markers.Count + 1}", Number, locator);
        _markers.Add(marker);
        return marker;
    }
}
