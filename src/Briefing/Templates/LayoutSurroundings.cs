using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Briefing.Data;
using Briefing.Engine.Documents;
using Briefing.Html;
using Briefing.Markdown;
using Briefing.Markdown.Citations;
using Briefing.Metadata;
using Briefing.Print;
using Briefing.Settings;
using Briefing.Views;
using Scriban.Runtime;

namespace Briefing.Templates;

/// <summary>
/// Everything besides the page itself that a layout may show: the site's data and navigation, every
/// page's title (for breadcrumbs), the citations across pages (for the sources page), the fingerprinted
/// assets and the date of the newest content. Gathered once per run, shared by every page.
/// </summary>
public sealed class LayoutSurroundings
{
    private readonly Lazy<TrustedHtml> _chart;
    private readonly Lazy<IReadOnlyList<ChartAnnotation>> _annotations;
    private readonly Lazy<IReadOnlyList<Chapter>> _chapters;
    private readonly Lazy<ScriptObject> _sharedFunctions;
    private readonly IReadOnlyList<Document> _laidOut;

    private LayoutSurroundings(
        SiteSettings site,
        SiteData data,
        IReadOnlyDictionary<string, string> titles,
        IReadOnlyDictionary<string, IReadOnlyList<CitingPage>> citations,
        IReadOnlyDictionary<string, string> assets,
        IReadOnlyList<NavItem> navigation,
        DateOnly? lastUpdated,
        string? sourcesUrl,
        IReadOnlyDictionary<string, string> layoutUrls,
        IReadOnlyList<Document> laidOut)
    {
        SourcesUrl = sourcesUrl;
        Site = site;
        Data = data;
        DataModel = data.ToTemplateObject();
        Titles = titles;
        Citations = citations;
        Assets = assets;
        Navigation = navigation;
        LastUpdated = lastUpdated;
        _chart = new Lazy<TrustedHtml>(() => new TrustedHtml(CapexChart.Render(data)));
        _sharedFunctions = new Lazy<ScriptObject>(MakeSharedFunctions);
        _annotations = new Lazy<IReadOnlyList<ChartAnnotation>>(() => CapexChart.Annotations(data));
        LayoutUrls = layoutUrls;
        _laidOut = laidOut;
        _chapters = new Lazy<IReadOnlyList<Chapter>>(() =>
        {
            var byUrl = laidOut.ToDictionary(d => d.Get(SiteKeys.Url), StringComparer.Ordinal);
            return PrintChapters.From(navigation
                .Where(n => byUrl.ContainsKey(n.Url))
                .Select(n => byUrl[n.Url])
                .Select(d => new PrintChapters.LaidOutPage(d.Get(SiteKeys.Url), d.Get(SiteKeys.Markdown).Title, d.Content.ReadText()))
                .ToList());
        });
    }

    public SiteSettings Site { get; }

    public SiteData Data { get; }

    /// <summary>The site's public address, or null: see <see cref="SiteSettings.AddressOf"/>.</summary>
    public string? Address => Site.AddressOf(Data.Site);

    /// <summary><see cref="Data"/> as layouts read it (<c>data</c>), made once for the run.</summary>
    public ScriptObject DataModel { get; }

    /// <summary>Page URL to the short title the navigation and breadcrumbs show.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<CitingPage>> Citations { get; }

    /// <summary>"/assets/css/site.css" to its fingerprinted address.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    public IReadOnlyList<NavItem> Navigation { get; }

    public DateOnly? LastUpdated { get; }

    /// <summary>The address of the page that lists every source's citations, or null: the theme links to it only where it exists.</summary>
    public string? SourcesUrl { get; }

    /// <summary>Layout name to the address of the first page (by address) laid out with it: how the theme links to a page only where it exists.</summary>
    public IReadOnlyDictionary<string, string> LayoutUrls { get; }

    /// <summary>
    /// The navigation's pages as chapters of one page (<see cref="PrintChapters"/>), made once for the run by
    /// the first page that asks. Only pages laid out in an earlier pass are there, which is why a layout that
    /// asks for them is laid out last (see <see cref="Modules.ApplyLayout"/>).
    /// </summary>
    public IReadOnlyList<Chapter> Chapters => _chapters.Value;

    /// <summary>The capex chart, drawn once for the run, by the first page that asks.</summary>
    public TrustedHtml Chart => _chart.Value;

    /// <summary>The chart's numbered marks, for the key a layout shows under it.</summary>
    public IReadOnlyList<ChartAnnotation> ChartAnnotations => _annotations.Value;

    /// <summary>
    /// The template functions that read only these surroundings, made once for all the pages laid out in them:
    /// making a function from a delegate reflects over it, which per page measured as a share of a layout's cost.
    /// </summary>
    public ScriptObject SharedFunctions => _sharedFunctions.Value;

    private ScriptObject MakeSharedFunctions()
    {
        var functions = new ScriptObject();
        functions.AddFunction("capex_chart", new Func<TrustedHtml>(() => Chart));
        functions.AddFunction("capex_annotations", new Func<IReadOnlyList<ChartAnnotation>>(() => ChartAnnotations));
        functions.AddFunction("citations_of", new Func<string, IReadOnlyList<CitingPage>>(id => Citations.GetValueOrDefault(id) ?? []));
        functions.AddFunction("chapters", new Func<IReadOnlyList<Chapter>>(() => Chapters));
        functions.AddFunction(SearchIndexFunction.Name, new Func<string>(() => SearchIndexFunction.Address));
        // The address of a page laid out with the named layout, or null: a theme links to its search or print page only where the site has one.
        functions.AddFunction("page_with_layout", new Func<string, string?>(name => LayoutUrls.GetValueOrDefault(name)));
        return functions;
    }

    public static LayoutSurroundings Gather(
        SiteSettings site,
        SiteData data,
        IReadOnlyList<Document> pages,
        IEnumerable<CitationUse> citations,
        IReadOnlyDictionary<string, string> assets,
        string? sourcesUrl = null,
        IReadOnlyList<Document>? laidOut = null)
    {
        var titles = pages.ToDictionary(d => d.Get(SiteKeys.Url), d => d.Get(SiteKeys.FrontMatter).NavTitle ?? d.Get(SiteKeys.Markdown).Title, StringComparer.Ordinal);
        var bySource = citations
            .GroupBy(c => c.SourceId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CitingPage>)g
                .GroupBy(c => (c.PageUrl, c.PageTitle))
                .OrderBy(p => p.Key.PageUrl, StringComparer.Ordinal)
                .Select(p => new CitingPage(p.Key.PageTitle, p.Key.PageUrl, p.OrderBy(c => c.Number).ThenBy(c => c.MarkerId, StringComparer.Ordinal).ToList()))
                .ToList());
        var navigation = pages
            .Select(d => (FrontMatter: d.Get(SiteKeys.FrontMatter), Url: d.Get(SiteKeys.Url), d.Get(SiteKeys.Markdown).Title))
            .Where(p => p.FrontMatter.Order is not null)
            .OrderBy(p => p.FrontMatter.Order)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new NavItem(p.FrontMatter.NavTitle ?? p.Title, p.Url, false, p.FrontMatter.Description))
            .ToList();
        var lastUpdated = pages.Select(d => d.Get(SiteKeys.FrontMatter).Date).Max();
        var layoutUrls = pages
            .GroupBy(d => d.Get(SiteKeys.FrontMatter).Layout ?? PageLayout.DefaultLayout, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Get(SiteKeys.Url)).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        return new LayoutSurroundings(site, data, titles, bySource, assets, navigation, lastUpdated, sourcesUrl, layoutUrls, laidOut ?? []);
    }

    /// <summary>What the site-wide part of the layout model is for one page (the current page marked in the navigation).</summary>
    public SiteModel SiteModelFor(string url) => new(
        Data.Site?.Title ?? Titles.GetValueOrDefault("/") ?? MarkdownPageRenderer.TitleFromFileName(Path.GetFileName(Site.InputFolder)),
        Data.Site?.Description,
        Data.Site?.Language ?? "en",
        Address,
        Address is null ? null : "/feed.xml",
        Navigation.Select(n => n with { Current = n.Url == url }).ToList(),
        LastUpdated is { } updated ? DisplayDate(updated) : null,
        LastUpdated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SourcesUrl,
        Titles.ContainsKey("/") ? "/" : null);

    /// <summary>Home, then each folder above the page that has a page of its own.</summary>
    public IReadOnlyList<Crumb> BreadcrumbsFor(string url)
    {
        var crumbs = new List<Crumb>();
        var parts = url.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var path = "/";
        if (Titles.TryGetValue(path, out var home) && url != "/")
            crumbs.Add(new Crumb(home, path));
        for (var i = 0; i < parts.Length - 1; i++)
        {
            path += parts[i] + "/";
            if (Titles.TryGetValue(path, out var title))
                crumbs.Add(new Crumb(title, path));
        }
        return crumbs;
    }

    /// <summary>All of the above as one string, to tell whether a page laid out in an earlier run can be reused.</summary>
    public string Signature()
    {
        var text = new StringBuilder(Address).Append('\n').Append(LastUpdated).Append('\n').Append(SourcesUrl);
        foreach (var (url, title) in Titles.OrderBy(t => t.Key, StringComparer.Ordinal))
            text.Append('\n').Append(url).Append('|').Append(title);
        foreach (var item in Navigation)
            text.Append("\nnav|").Append(item.Url).Append('|').Append(item.Title).Append('|').Append(item.Description);
        foreach (var (layout, url) in LayoutUrls.OrderBy(l => l.Key, StringComparer.Ordinal))
            text.Append("\nlayout|").Append(layout).Append('|').Append(url);
        // The pages a later pass reads (chapters): by their content's hash, so an edit to any of them lays the reader out again.
        foreach (var page in _laidOut.OrderBy(d => d.Get(SiteKeys.Url), StringComparer.Ordinal))
            text.Append("\nlaid-out|").Append(page.Get(SiteKeys.Url)).Append('|').Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(page.Content.ReadText()))));
        foreach (var (path, fingerprinted) in Assets.OrderBy(a => a.Key, StringComparer.Ordinal))
            text.Append("\nasset|").Append(path).Append('|').Append(fingerprinted);
        foreach (var (source, pages) in Citations.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var use in pages.SelectMany(p => p.Uses))
                text.Append("\ncite|").Append(source).Append('|').Append(use.Href).Append('|').Append(use.PageTitle).Append('|').Append(use.Locator);
        }
        return text.ToString();
    }

    public static string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
