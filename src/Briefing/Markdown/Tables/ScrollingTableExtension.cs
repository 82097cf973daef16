using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Briefing.Markdown.Tables;

/// <summary>Writes pipe tables with <see cref="HtmlScrollingTableRenderer"/>. Register after UsePipeTables().</summary>
public sealed class ScrollingTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new HtmlScrollingTableRenderer());
    }
}

public static class ScrollingTableExtensionBuilder
{
    public static MarkdownPipelineBuilder UseScrollingTables(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.ReplaceOrAdd<ScrollingTableExtension>(new ScrollingTableExtension());
        return pipeline;
    }
}
