using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Citations;

/// <summary>
/// A Pandoc citation in a page: bracketed (<c>[see @a, p. 3; @b]</c>, <c>[-@a]</c>, this site's <c>[@a, "Pillar 3"]</c>)
/// or in-text (<c>@a</c>, <c>@a [p. 3]</c>). A syntax node holds data only; <see cref="HtmlSourceCitationRenderer"/> writes the HTML.
/// </summary>
public sealed class SourceCitation : LeafInline
{
    public required IReadOnlyList<CitedSource> Items { get; init; }

    /// <summary>True for <c>@id</c> written in the sentence, false for a bracketed citation.</summary>
    public bool IsInText { get; init; }

    /// <summary>The citation as written, printed as it is when none of its items resolves (e.g. outside a site).</summary>
    public required string Markup { get; init; }
}
