using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Headings;

/// <summary>
/// Gives every heading (ATX or setext) GitHub's id, in reading order, unique on the page. Ids the page
/// has from elsewhere (its layout's) can be passed in the parser context's properties under
/// <see cref="TakenIdsKey"/> as a <c>Func&lt;string, bool&gt;</c>: a heading that would take one gets a
/// suffix instead, as GitHub gives a repeated heading. Each heading is written with a link to itself.
/// </summary>
public sealed class GitHubHeadingIdExtension : IMarkdownExtension
{
    /// <summary>The key, in <see cref="MarkdownParserContext.Properties"/>, of the test for ids headings must not take.</summary>
    public const string TakenIdsKey = "Briefing.TakenIds";

    private static readonly object SluggerKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.Find<ParagraphBlockParser>() })
        {
            if (parser is null)
                continue;
            parser.Closed -= OnClosed;
            parser.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new SelfLinkingHeadingRenderer());
    }

    /// <summary>A setext heading is a paragraph until its underline, so both parsers can close a heading.</summary>
    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd -= OnInlinesProcessed;
            heading.ProcessInlinesEnd += OnInlinesProcessed;
        }
    }

    private static void OnInlinesProcessed(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock heading)
            return;
        var document = processor.Document;
        if (document.GetData(SluggerKey) is not GitHubSlugger slugger)
        {
            var taken = processor.Context?.Properties.GetValueOrDefault(TakenIdsKey) as Func<string, bool>;
            slugger = new GitHubSlugger(taken);
            document.SetData(SluggerKey, slugger);
        }
        var id = slugger.Unique(InlineText.Shown(heading.Inline));
        heading.GetAttributes().Id = id.Length > 0 ? id : null; // GitHub gives such a heading no anchor; an empty id is not HTML
    }
}
