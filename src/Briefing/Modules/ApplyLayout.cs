using Briefing.Engine.Caching;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Templates;

namespace Briefing.Modules;

/// <summary>
/// Puts each page into its layout (<see cref="PageLayout"/>), on every core. Runs in PostProcess: the
/// navigation needs every page's title (from <paramref name="pagesFrom"/>), and the sources page needs
/// every citation of the pipelines in <paramref name="citationsFrom"/> (which must be dependencies).
/// </summary>
public sealed class ApplyLayout(
    SiteSettings site,
    TemplateLibrary templates,
    string dataPipeline,
    string assetsPipeline,
    IReadOnlyList<string> pagesFrom,
    IReadOnlyList<string> citationsFrom) : IModule
{
    private readonly PageLayout _layout = new(templates);
    private readonly ResultCache<LaidOutPage?> _cache = new();
    private readonly Lock _signing = new();
    private string _signature = "";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = pagesFrom
            .SelectMany(p => p.Equals(context.PipelineName, StringComparison.OrdinalIgnoreCase) ? inputs : context.OutputsOf(p))
            .Where(d => d.Has(SiteKeys.Markdown))
            .ToList();
        var surroundings = LayoutSurroundings.Gather(
            site,
            RenderMarkdown.SiteDataOf(context, dataPipeline),
            pages,
            citationsFrom.SelectMany(context.OutputsOf).SelectMany(d => d.GetOrDefault(SiteKeys.CitationUses) ?? []),
            FingerprintAssets.MapOf(context.OutputsOf(assetsPipeline)));
        var versions = context.Incremental ? templates.Refresh() : TemplateVersions.None;
        var signature = context.Incremental ? Intern(surroundings.Signature()) : "";

        var results = new Document?[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var page = inputs[i];
            var frontMatter = page.Get(SiteKeys.FrontMatter);
            var layoutVersion = versions.Of($"layouts/{frontMatter.Layout ?? PageLayout.DefaultLayout}.sbn");
            var laidOut = _cache.GetOrCompute(
                page.Get(SiteKeys.Url),
                [page.Content, page.Get(SiteKeys.Markdown), frontMatter, surroundings.Data, signature, layoutVersion, versions.Shared],
                context,
                diagnostics => _layout.Render(page, surroundings, diagnostics));
            results[i] = laidOut is null ? null : page.WithContent(laidOut.Html).With(SiteKeys.CitationUses, laidOut.Uses);
        });
        return Task.FromResult<IReadOnlyList<Document>>(results.OfType<Document>().ToList());
    }

    /// <summary>The previous signature string when nothing changed, so comparing it for each cached page costs nothing.</summary>
    private string Intern(string signature)
    {
        lock (_signing)
        {
            if (signature != _signature)
                _signature = signature;
            return _signature;
        }
    }
}
