using System.Text;
using Briefing.Content;
using Briefing.Data;
using Briefing.Engine.Caching;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Markdown;
using Briefing.Markdown.Headings;
using Briefing.Metadata;
using Briefing.Settings;

namespace Briefing.Modules;

/// <summary>
/// Turns each page's Markdown body into HTML (<see cref="MarkdownPageRenderer"/>), on every core.
/// Reads the site's data (for citations) from the pipeline named by <paramref name="dataPipeline"/>.
/// </summary>
public sealed class RenderMarkdown(SiteSettings site, string dataPipeline) : IModule
{
    private readonly ResultCache<(RenderedMarkdown Page, DocumentContent Html)> _cache = new();
    private readonly Lock _indexing = new();
    private InputIndex _index = new([]);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var data = SiteDataOf(context, dataPipeline);
        var index = CurrentIndex();
        var links = new LinkResolver(index);
        var layoutIds = LayoutIds.Scan(site.InputFolder, site.ThemeFolder);
        var results = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var page = inputs[i];
            var source = page.Get(SiteKeys.PageSource);
            var url = page.Get(SiteKeys.Url);
            var frontMatter = page.Get(SiteKeys.FrontMatter);
            // Markdown needs only the sources (for citations): a change to other data files leaves pages alone.
            var rendered = _cache.GetOrCompute(source.File, [page.Content, url, frontMatter, data.Sources, index, layoutIds.Signature], context, diagnostics =>
            {
                var renderer = new MarkdownPageRenderer(source, url, data, links, diagnostics) { LayoutIds = layoutIds };
                var (markdown, html) = renderer.Render(page.Content.ReadText(), frontMatter.Title);
                return (markdown, context.Keep(Encoding.UTF8.GetBytes(html)));
            });
            results[i] = page.With(SiteKeys.Markdown, rendered.Page).WithContent(rendered.Html);
        });
        return Task.FromResult<IReadOnlyList<Document>>(results);
    }

    /// <summary>The input's files, rescanned each run; the same object while no file was added or removed, so pages stay cached.</summary>
    private InputIndex CurrentIndex()
    {
        var scanned = InputIndex.Scan(site);
        lock (_indexing)
        {
            if (!scanned.SameFilesAs(_index))
                _index = scanned;
            return _index;
        }
    }

    public static SiteData SiteDataOf(IExecutionContext context, string dataPipeline) =>
        context.OutputsOf(dataPipeline).Select(d => d.GetOrDefault(SiteKeys.SiteData)).OfType<SiteData>().FirstOrDefault() ?? SiteData.Empty;
}
