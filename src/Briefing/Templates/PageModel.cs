using Briefing.Data;
using Briefing.Html;
using Briefing.Markdown;
using Briefing.Markdown.Citations;

namespace Briefing.Templates;

// What a layout sees. Scriban exposes members in snake_case: page.canonical_url, site.last_updated.

/// <param name="Description">The page's front-matter description, for an index of the pages (the home page's cards).</param>
public sealed record NavItem(string Title, string Url, bool Current, string? Description = null);

public sealed record Crumb(string Title, string Url);

/// <param name="BaseUrl">The site's public address; null when the build knows none (then no canonical URL, sitemap or feed).</param>
/// <param name="FeedUrl">The feed's address on the site, null when no feed is written.</param>
/// <param name="SourcesUrl">The sources page's address (the page whose layout lists citations), null when the site has none.</param>
/// <param name="HomeUrl">"/" when the site has a home page, else null (a folder with no index page, or an empty one): a theme links home only where it can.</param>
public sealed record SiteModel(string Title, string? Description, string Language, string? BaseUrl, string? FeedUrl, IReadOnlyList<NavItem> Nav, string? LastUpdated, string? LastUpdatedIso, string? SourcesUrl = null, string? HomeUrl = null);

public sealed record PageModel(
    string Title,
    string? TitleId,
    string? Description,
    string Url,
    string? CanonicalUrl,
    string? Date,
    string? DateIso,
    IReadOnlyList<string> Tags,
    TrustedHtml Content,
    IReadOnlyList<Heading> Toc,
    IReadOnlyList<Crumb> Breadcrumbs,
    IReadOnlyList<Note> Notes,
    Company? Company,
    IReadOnlyList<DataTable> Tables,
    IReadOnlyDictionary<string, object> Params,
    bool IsHome);
