using Briefing.Engine.Diagnostics;
using Briefing.Markdown.Citations;

namespace Briefing.Markdown;

public sealed record Heading(int Level, string Text, string Id);

/// <summary>A link written in a page, resolved, with where it was written (for the link check).</summary>
public sealed record PageLink(string TargetPath, string? Fragment, SourceLocation Location, bool IsImage);

/// <summary>An id an editor wrote in raw HTML, with where, so one used twice is reported there.</summary>
/// <param name="IsIdAttribute">True for <c>id=</c>, false for <c>&lt;a name=&gt;</c>.</param>
public sealed record ExplicitId(string Id, SourceLocation Location, bool IsIdAttribute = true);

/// <summary>
/// What the rest of the site needs to know of a page's Markdown. The HTML itself travels as the
/// document's content, not here, so it can be freed once the layout has used it.
/// </summary>
public sealed record RenderedMarkdown(
    string Title,
    string? TitleId,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<PageLink> Links,
    IReadOnlyList<string> ExternalLinks,
    IReadOnlyList<ExplicitId> ExplicitIds,
    PageNotes Notes);
