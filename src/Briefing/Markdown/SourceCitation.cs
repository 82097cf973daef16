using Markdig.Syntax.Inlines;

namespace Briefing.Markdown;

/// <summary>
/// <c>[@id]</c>, <c>[@a; @b]</c> or <c>[@id, "locator"]</c> in a page: the citation syntax of Pandoc and Quarto.
/// A syntax node holds data only; <see cref="HtmlSourceCitationRenderer"/> writes the HTML.
/// </summary>
public sealed class SourceCitation : LeafInline
{
    public required IReadOnlyList<CitedSource> Items { get; init; }
}

/// <param name="Id">The source id as written.</param>
/// <param name="Locator">The part of the source cited ("Pillar 3"), if given.</param>
/// <param name="Line">0-based line in the Markdown body.</param>
/// <param name="Column">0-based column of the '@'.</param>
public sealed record CitedSource(string Id, string? Locator, int Line, int Column)
{
    /// <summary>Set when the page's notes are numbered.</summary>
    public NoteMarker? Marker { get; set; }
}
