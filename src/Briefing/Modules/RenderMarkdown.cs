using Briefing.Content;
using Briefing.Data;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Markdown;

namespace Briefing.Modules;

/// <summary>
/// Turns each page's Markdown body into HTML (<see cref="MarkdownPageRenderer"/>), on every core.
/// Reads the site's data (for citations) from the pipeline named by <paramref name="dataPipeline"/>.
/// </summary>
public sealed class RenderMarkdown(SiteSettings site, string dataPipeline) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var data = SiteDataOf(context, dataPipeline);
        var links = new LinkResolver(InputIndex.Scan(site.InputFolder));
        var results = new Document[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            var page = inputs[i];
            var renderer = new MarkdownPageRenderer(page.Get(SiteKeys.PageSource), page.Get(SiteKeys.Url), data, links, context.Diagnostics);
            var rendered = renderer.Render(page.Content.ReadText(), page.Get(SiteKeys.FrontMatter).Title);
            results[i] = page.With(SiteKeys.Markdown, rendered).WithContent(rendered.Html);
        });
        return Task.FromResult<IReadOnlyList<Document>>(results);
    }

    public static SiteData SiteDataOf(IExecutionContext context, string dataPipeline) =>
        context.OutputsOf(dataPipeline).Select(d => d.GetOrDefault(SiteKeys.SiteData)).OfType<SiteData>().FirstOrDefault() ?? SiteData.Empty;
}
