using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Gfm;

/// <summary>
/// Footnotes as GitHub reads them. <c>Wow![^1]</c> is the word, its "!" and a footnote marker: GitHub never
/// reads <c>![^…</c> as an image, where Markdig would, and lose the "!".
/// </summary>
public sealed class GfmFootnoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BangBeforeFootnoteParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new BangBeforeFootnoteParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Takes the "!" of <c>![^</c> as text, so the link parser sees <c>[^…]</c> as a footnote or a link.</summary>
    private sealed class BangBeforeFootnoteParser : InlineParser
    {
        public BangBeforeFootnoteParser() => OpeningCharacters = ['!'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (slice.PeekChar() != '[' || slice.PeekChar(2) != '^')
                return false;
            var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
            processor.Inline = new LiteralInline("!")
            {
                Span = new Markdig.Syntax.SourceSpan(start, start),
                Line = line,
                Column = column,
            };
            slice.SkipChar();
            return true;
        }
    }
}

public static class GfmExtensionBuilder
{
    /// <summary>Strikethrough with one or two tildes, as GitHub writes it.</summary>
    public static MarkdownPipelineBuilder UseGfmStrikethrough(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<GfmStrikethroughExtension>();
        return pipeline;
    }

    /// <summary>Markdig's footnotes, read as GitHub reads them.</summary>
    public static MarkdownPipelineBuilder UseGfmFootnotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.UseFootnotes();
        pipeline.Extensions.AddIfNotAlready<GfmFootnoteExtension>();
        return pipeline;
    }
}
