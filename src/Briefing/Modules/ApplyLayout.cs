using Briefing.Engine.Caching;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Markdown.Citations;
using Briefing.Metadata;
using Briefing.Settings;
using Briefing.Templates;

namespace Briefing.Modules;

/// <summary>
/// Puts each page into its layout (<see cref="PageLayout"/>), on every core. Runs in PostProcess: the
/// navigation needs every page's title (from <paramref name="pagesFrom"/>). A layout that lists where
/// sources are cited (it calls <c>citations_of</c>, as the sources page does) needs every other page's
/// citations, data cells' included, so such pages are laid out after all the others, whatever their name.
/// A layout that shows other pages whole (it calls <c>chapters</c>, as a print edition does) comes after
/// those too, so that the sources page is among the pages it shows.
/// </summary>
public sealed class ApplyLayout(
    SiteSettings site,
    TemplateLibrary templates,
    string dataPipeline,
    string assetsPipeline,
    IReadOnlyList<string> pagesFrom) : IModule
{
    /// <summary>The template function that makes a layout wait for every citation.</summary>
    public const string NeedsEveryCitation = "citations_of";

    /// <summary>The template function that makes a layout wait for every other page to be laid out.</summary>
    public const string NeedsEveryPage = "chapters";

    private readonly PageLayout _layout = new(templates);
    private readonly ResultCache<LaidOutPage?> _cache = new();
    private readonly Lock _signing = new();
    private readonly string[] _signatures = ["", "", ""];

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = pagesFrom
            .SelectMany(p => p.Equals(context.PipelineName, StringComparison.OrdinalIgnoreCase) ? inputs : context.OutputsOf(p))
            .Where(d => d.Has(SiteKeys.Markdown))
            .ToList();
        var data = RenderMarkdown.SiteDataOf(context, dataPipeline);
        var assets = FingerprintAssets.MapOf(context.OutputsOf(assetsPipeline));
        var versions = context.Incremental ? templates.Refresh() : TemplateVersions.None;

        var results = new Document?[inputs.Count];
        var passOf = inputs.Concat(pages).Select(LayoutOf).Distinct(StringComparer.Ordinal).ToDictionary(name => name, PassOf, StringComparer.Ordinal);
        var passes = Enumerable.Range(0, 3).Select(pass => Enumerable.Range(0, inputs.Count).Where(i => passOf[LayoutOf(inputs[i])] == pass).ToList()).ToList();
        var sourcesUrl = pages.Where(d => passOf[LayoutOf(d)] == 1).Select(d => d.Get(SiteKeys.Url)).Order(StringComparer.Ordinal).FirstOrDefault();
        LayOut(passes[0], 0, LayoutSurroundings.Gather(site, data, pages, [], assets, sourcesUrl));
        LayOut(passes[1], 1, LayoutSurroundings.Gather(site, data, pages, CitationsSoFar(), assets, sourcesUrl));
        if (passes[2].Count > 0)
        {
            var laidOut = results.OfType<Document>().Where(d => d.Has(SiteKeys.Markdown)).ToList();
            LayOut(passes[2], 2, LayoutSurroundings.Gather(site, data, pages, CitationsSoFar(), assets, sourcesUrl, laidOut));
        }
        return Task.FromResult<IReadOnlyList<Document>>(results.OfType<Document>().ToList());

        List<CitationUse> CitationsSoFar() => results.OfType<Document>().SelectMany(d => d.GetOrDefault(SiteKeys.CitationUses) ?? []).ToList();

        void LayOut(IReadOnlyList<int> chosen, int pass, LayoutSurroundings surroundings)
        {
            var signature = context.Incremental ? Intern(pass, surroundings.Signature()) : "";
            Parallel.ForEach(chosen, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
            {
                var page = inputs[i];
                var frontMatter = page.Get(SiteKeys.FrontMatter);
                var layoutVersion = versions.Of($"layouts/{LayoutOf(page)}.sbn");
                var laidOut = _cache.GetOrCompute(
                    page.Get(SiteKeys.Url),
                    [page.Content, page.Get(SiteKeys.Markdown), frontMatter, surroundings.Data, signature, layoutVersion, versions.Shared],
                    context,
                    diagnostics => _layout.Render(page, surroundings, diagnostics));
                results[i] = laidOut is null ? null : page.WithContent(context.Keep(laidOut.Html.Bytes, page.Destination)).With(SiteKeys.CitationUses, laidOut.Uses);
            });
        }
    }

    private static string LayoutOf(Document page) => page.Get(SiteKeys.FrontMatter).Layout ?? PageLayout.DefaultLayout;

    /// <summary>
    /// Which pass lays a layout out: 0, most; 1, after them, one that lists every citation; 2, last, one that
    /// shows the other pages whole. Asked once per layout and run: reading a layout's globals walks it and its partials.
    /// </summary>
    private int PassOf(string layoutName)
    {
        if (templates.Find($"layouts/{layoutName}.sbn") is not { HasErrors: false } layout)
            return 0;
        var globals = TemplateGlobals.Of(layout, templates);
        return globals.Contains(NeedsEveryPage) ? 2 : globals.Contains(NeedsEveryCitation) ? 1 : 0;
    }

    /// <summary>The previous signature string of the pass when nothing changed, so comparing it for each cached page costs nothing.</summary>
    private string Intern(int pass, string signature)
    {
        lock (_signing)
        {
            if (signature != _signatures[pass])
                _signatures[pass] = signature;
            return _signatures[pass];
        }
    }
}
