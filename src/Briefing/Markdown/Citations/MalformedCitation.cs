using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Citations;

/// <summary>
/// Text that looks like a citation (<c>[@]</c>, <c>[see @]</c>, an unclosed <c>[@id</c>) and does not parse.
/// It prints as written; the problem is data here, reported as a warning by whoever renders the page.
/// </summary>
public sealed class MalformedCitation : LeafInline
{
    /// <summary>The text as written.</summary>
    public required string Markup { get; init; }

    /// <summary>What is wrong and how to fix it, for the warning.</summary>
    public required string Problem { get; init; }
}
