namespace Briefing.Markdown.Citations;

/// <summary>One item of a citation: <c>prefix @id locator suffix</c>.</summary>
/// <param name="Id">The source id as written (without braces).</param>
/// <param name="Locator">The part of the source cited, with its label as written ("pp. 33-35", "chap. 1", "Pillar 3"), if given.</param>
/// <param name="Line">0-based line in the Markdown body.</param>
/// <param name="Column">0-based column of the '@'.</param>
public sealed record CitedSource(string Id, string? Locator, int Line, int Column)
{
    /// <summary>Text before the key ("see"); kept on the syntax tree, not shown by numbered notes.</summary>
    public string? Prefix { get; init; }

    /// <summary>Text after the locator ("and passim"); kept on the syntax tree, not shown by numbered notes.</summary>
    public string? Suffix { get; init; }

    /// <summary><c>[-@id]</c>: the author is not to be named. Numbered notes never name it, so it renders as any marker.</summary>
    public bool SuppressAuthor { get; init; }

    /// <summary>Set when the page's notes are numbered.</summary>
    public NoteMarker? Marker { get; set; }

    /// <summary>For an in-text citation, the words the marker follows (the source's author, else its title); set with the marker.</summary>
    public string? InTextLabel { get; set; }
}
