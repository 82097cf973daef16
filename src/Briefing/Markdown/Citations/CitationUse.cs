namespace Briefing.Markdown.Citations;

/// <summary>One place a source is cited on the finished site, for the sources page's "cited at" list.</summary>
public sealed record CitationUse(string SourceId, string PageUrl, string PageTitle, string MarkerId, int Number, string? Locator)
{
    public string Href => $"{PageUrl}#{MarkerId}";
}

/// <summary>The citations of one source on one page: the page, then a link to each marker.</summary>
public sealed record CitingPage(string Title, string Url, IReadOnlyList<CitationUse> Uses);
