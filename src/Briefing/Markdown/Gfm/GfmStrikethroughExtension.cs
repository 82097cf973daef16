using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Gfm;

/// <summary>
/// GFM's strikethrough: one or two tildes, matched in pairs, strike text out (<c>~one~</c>, <c>~~two~~</c>).
/// Markdig's emphasis extras read one tilde as subscript, which GitHub does not have.
/// </summary>
public sealed class GfmStrikethroughExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var emphasis = pipeline.InlineParsers.FindExact<EmphasisInlineParser>();
        if (emphasis is not null && !emphasis.EmphasisDescriptors.Any(d => d.Character == '~'))
            emphasis.EmphasisDescriptors.Add(new EmphasisDescriptor('~', minimumCount: 1, maximumCount: 2, enableWithinWord: true));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        var emphasis = (renderer as HtmlRenderer)?.ObjectRenderers.FindExact<EmphasisInlineRenderer>();
        if (emphasis is null)
            return;
        var otherwise = emphasis.GetTag;
        emphasis.GetTag = inline => inline.DelimiterChar == '~' ? "del" : otherwise(inline);
    }
}
