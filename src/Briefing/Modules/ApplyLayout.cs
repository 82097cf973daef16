using System.Collections;
using System.Globalization;
using Briefing.Data;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Markdown;
using Briefing.Templates;
using Briefing.Views;
using Briefing.Yaml;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Modules;

/// <summary>
/// Puts each page into its layout (front matter <c>layout</c>, default "page") with Scriban, on every core.
/// Runs in PostProcess: the navigation needs every page's title, and the sources page needs every
/// citation of the pipelines named in <paramref name="citationsFrom"/> (which must be dependencies).
/// </summary>
public sealed class ApplyLayout(
    SiteSettings site,
    TemplateLibrary templates,
    string dataPipeline,
    string assetsPipeline,
    IReadOnlyList<string> pagesFrom,
    IReadOnlyList<string> citationsFrom) : IModule
{
    private const string DefaultLayout = "page";

    private readonly ResultCache<Rendered?> _cache = new();
    private readonly Lock _sharing = new();
    private string _shared = "";

    /// <summary>What a layout produced for a page: its HTML and the citations on it.</summary>
    private sealed record Rendered(Utf8Content Html, IReadOnlyList<CitationUse> Uses);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var data = RenderMarkdown.SiteDataOf(context, dataPipeline);
        var pages = pagesFrom
            .SelectMany(p => p.Equals(context.PipelineName, StringComparison.OrdinalIgnoreCase) ? inputs : context.OutputsOf(p))
            .Where(d => d.Has(SiteKeys.Markdown))
            .ToList();
        var titles = pages.ToDictionary(d => d.Get(SiteKeys.Url), d => d.Get(SiteKeys.FrontMatter).NavTitle ?? d.Get(SiteKeys.Markdown).Title, StringComparer.Ordinal);
        var citations = citationsFrom
            .SelectMany(context.OutputsOf)
            .SelectMany(d => d.GetOrDefault(SiteKeys.CitationUses) ?? [])
            .GroupBy(c => c.SourceId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CitingPage>)g
                .GroupBy(c => (c.PageUrl, c.PageTitle))
                .OrderBy(p => p.Key.PageUrl, StringComparer.Ordinal)
                .Select(p => new CitingPage(p.Key.PageTitle, p.Key.PageUrl, p.OrderBy(c => c.Number).ThenBy(c => c.MarkerId, StringComparer.Ordinal).ToList()))
                .ToList());
        var lastUpdated = pages.Select(d => d.Get(SiteKeys.FrontMatter).Date).Max();
        var assets = FingerprintAssets.MapOf(context.OutputsOf(assetsPipeline));
        var chart = new Lazy<TrustedHtml>(() => new TrustedHtml(CapexChart.Render(data)));
        var navigation = Navigation(pages);
        var shared = SharedInputs(templates.Refresh(), titles, citations, assets, navigation, lastUpdated);

        var results = new Document?[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var page = inputs[i];
            var url = page.Get(SiteKeys.Url);
            var siteModel = new SiteModel(
                data.Site?.Title ?? titles.GetValueOrDefault("/") ?? MarkdownPageRenderer.TitleFromFileName(Path.GetFileName(site.InputFolder)),
                data.Site?.Description,
                data.Site?.Language ?? "en",
                site.BaseUrl,
                navigation.Select(n => n with { Current = n.Url == url }).ToList(),
                lastUpdated is { } updated ? DisplayDate(updated) : null,
                lastUpdated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var rendered = _cache.GetOrCompute(
                url,
                [page.Content, page.Get(SiteKeys.Markdown), page.Get(SiteKeys.FrontMatter), data, shared],
                context,
                diagnostics => Render(page, siteModel, data, titles, citations, assets, chart, diagnostics));
            results[i] = rendered is null ? null : page.WithContent(rendered.Html).With(SiteKeys.CitationUses, rendered.Uses);
        });
        return Task.FromResult<IReadOnlyList<Document>>(results.OfType<Document>().ToList());
    }

    /// <summary>
    /// Everything besides the page itself that a layout may print, as one string; the previous string
    /// object when nothing changed, so comparing it for each cached page costs nothing.
    /// </summary>
    private string SharedInputs(
        string templateVersion,
        IReadOnlyDictionary<string, string> titles,
        IReadOnlyDictionary<string, IReadOnlyList<CitingPage>> citations,
        IReadOnlyDictionary<string, string> assets,
        IReadOnlyList<NavItem> navigation,
        DateOnly? lastUpdated)
    {
        var text = new System.Text.StringBuilder(templateVersion).Append('\n').Append(site.BaseUrl).Append('\n').Append(lastUpdated);
        foreach (var (url, title) in titles.OrderBy(t => t.Key, StringComparer.Ordinal))
            text.Append('\n').Append(url).Append('|').Append(title);
        foreach (var item in navigation)
            text.Append("\nnav|").Append(item.Url).Append('|').Append(item.Title);
        foreach (var (path, fingerprinted) in assets.OrderBy(a => a.Key, StringComparer.Ordinal))
            text.Append("\nasset|").Append(path).Append('|').Append(fingerprinted);
        foreach (var (source, pages) in citations.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var use in pages.SelectMany(p => p.Uses))
                text.Append("\ncite|").Append(source).Append('|').Append(use.Href).Append('|').Append(use.PageTitle).Append('|').Append(use.Locator);
        }
        var shared = text.ToString();
        lock (_sharing)
        {
            if (shared != _shared)
                _shared = shared;
            return _shared;
        }
    }

    private Rendered? Render(
        Document page,
        SiteModel siteModel,
        SiteData data,
        IReadOnlyDictionary<string, string> titles,
        IReadOnlyDictionary<string, IReadOnlyList<CitingPage>> citations,
        IReadOnlyDictionary<string, string> assets,
        Lazy<TrustedHtml> chart,
        DiagnosticBag diagnostics)
    {
        var frontMatter = page.Get(SiteKeys.FrontMatter);
        var markdown = page.Get(SiteKeys.Markdown);
        var source = page.Get(SiteKeys.PageSource);
        var url = page.Get(SiteKeys.Url);
        var layoutName = frontMatter.Layout ?? DefaultLayout;
        var layout = templates.Find($"layouts/{layoutName}.sbn");
        if (layout is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownLayout, KeyLocation(frontMatter, source, "layout"),
                $"unknown layout '{layoutName}'{Nearest.Hint(layoutName, templates.LayoutNames())} (layouts are theme/layouts/*.sbn)"));
            return null;
        }
        foreach (var problem in layout.Problems)
            diagnostics.Report(problem);
        if (layout.Problems.Count > 0)
            return null;

        Company? company = null;
        if (frontMatter.Company is { } companyId && (company = data.FindCompany(companyId)) is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownReference, KeyLocation(frontMatter, source, "company"),
                $"unknown company '{companyId}'{Nearest.Hint(companyId, data.Companies.Select(c => c.Id))}"));
            return null;
        }

        var notes = markdown.Notes.Clone();
        var pageModel = new PageModel(
            markdown.Title,
            markdown.TitleId,
            frontMatter.Description,
            url,
            siteModel.BaseUrl.TrimEnd('/') + url,
            frontMatter.Date is { } date ? DisplayDate(date) : null,
            frontMatter.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            frontMatter.Tags,
            new TrustedHtml(page.Content.ReadText()),
            markdown.Headings.Where(h => h.Level is 2 or 3).ToList(),
            Breadcrumbs(url, titles),
            notes.All,
            company,
            url == "/");

        var globals = new ScriptObject
        {
            ["site"] = siteModel,
            ["page"] = pageModel,
            ["data"] = data,
            ["include"] = new TrustedInclude(),
        };
        globals.Import("cite", new Func<object?, TrustedHtml>(sources => Cite(sources, data, notes)));
        globals.Import("asset", new Func<string, string>(path => assets.TryGetValue(path, out var fingerprinted)
            ? fingerprinted
            : throw new InvalidOperationException($"asset '{path}' does not exist (assets are theme/assets/** and input/assets/**)")));
        globals.Import("capex_chart", new Func<TrustedHtml>(() => chart.Value));
        globals.Import("citations_of", new Func<string, IReadOnlyList<CitingPage>>(id => citations.GetValueOrDefault(id) ?? []));

        var context = new EscapingTemplateContext
        {
            TemplateLoader = templates,
            StrictVariables = true,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            // A misspelt member (page.titel) is an error, not an empty string.
            EnableRelaxedMemberAccess = false,
            // Scriban cuts strings longer than 1 MB by default: a long page would be silently truncated.
            LimitToString = 0,
        };
        context.PushGlobal(globals);
        string html;
        try
        {
            html = layout.Template.Render(context);
        }
        catch (ScriptRuntimeException problem) when (problem.InnerException is InvalidOperationException missing)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TemplateRuntime, TemplateLibrary.At(problem.Span), missing.Message));
            return null;
        }
        catch (ScriptRuntimeException problem)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TemplateRuntime, TemplateLibrary.At(problem.Span),
                $"{problem.OriginalMessage} (while rendering {source.File})"));
            return null;
        }

        var uses = notes.All
            .Where(n => n.Source is not null)
            .SelectMany(n => n.Markers.Select(m => new CitationUse(n.Source!.Id, url, markdown.Title, m.Id, n.Number, m.Locator)))
            .ToList();
        return new Rendered(Utf8Content.Of(html), uses);
    }

    /// <summary>The template's <c>cite item.sources</c>: markers for a data cell, numbered on from the page's notes.</summary>
    private static TrustedHtml Cite(object? sources, SiteData data, PageNotes notes)
    {
        var markers = (sources as IEnumerable ?? Array.Empty<object>())
            .Cast<object>()
            .Select(s => data.FindSource(s.ToString() ?? ""))
            .OfType<Source>()
            .Select(s => notes.CiteSource(s, null))
            .ToList();
        return new TrustedHtml(markers.Count == 0 ? "" : NoteMarkerHtml.Of(markers));
    }

    /// <summary>The pages with an <c>order</c>, in that order; the current page is marked per page.</summary>
    private static IReadOnlyList<NavItem> Navigation(IEnumerable<Document> pages) =>
        pages
            .Select(d => (FrontMatter: d.Get(SiteKeys.FrontMatter), Url: d.Get(SiteKeys.Url), d.Get(SiteKeys.Markdown).Title))
            .Where(p => p.FrontMatter.Order is not null)
            .OrderBy(p => p.FrontMatter.Order)
            .ThenBy(p => p.Url, StringComparer.Ordinal)
            .Select(p => new NavItem(p.FrontMatter.NavTitle ?? p.Title, p.Url, false))
            .ToList();

    /// <summary>Home, then each folder above the page that has a page of its own, then the page.</summary>
    private static IReadOnlyList<Crumb> Breadcrumbs(string url, IReadOnlyDictionary<string, string> titles)
    {
        var crumbs = new List<Crumb>();
        var parts = url.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var path = "/";
        if (titles.TryGetValue(path, out var home) && url != "/")
            crumbs.Add(new Crumb(home, path));
        for (var i = 0; i < parts.Length - 1; i++)
        {
            path += parts[i] + "/";
            if (titles.TryGetValue(path, out var title))
                crumbs.Add(new Crumb(title, path));
        }
        return crumbs;
    }

    private static SourceLocation KeyLocation(Content.FrontMatter frontMatter, Content.PageSource source, string key) =>
        frontMatter.KeyLocations.TryGetValue(key, out var location) ? location : new SourceLocation(source.File, 1, 1);

    public static string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
