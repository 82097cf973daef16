using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Markdown.Citations;

/// <summary>
/// Pandoc's citations (<c>[see @id, p. 3]</c>, <c>[-@id]</c>, <c>@id [p. 3]</c>, see <see cref="SourceCitationParser"/>) beside
/// footnotes <c>[^1]</c>, numbered together in reading order once the document is parsed (<see cref="NoteNumbering"/>)
/// and listed in a <see cref="NotesBlock"/> at its end, so a plain <c>Markdown.ToHtml</c> shows them. Register after UseFootnotes();
/// safe to add twice. (Markdig's own extension named Citations is a different thing: <c>""x""</c> to &lt;cite&gt;.)
/// </summary>
public sealed class NoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<SourceCitationParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new SourceCitationParser());
        pipeline.DocumentProcessed -= NoteNumbering.Number;
        pipeline.DocumentProcessed += NoteNumbering.Number;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
            return;
        if (!html.ObjectRenderers.Contains<HtmlSourceCitationRenderer>())
            html.ObjectRenderers.Add(new HtmlSourceCitationRenderer());
        if (!html.ObjectRenderers.Contains<HtmlMalformedCitationRenderer>())
            html.ObjectRenderers.Add(new HtmlMalformedCitationRenderer());
        html.ObjectRenderers.RemoveAll(r => r is HtmlFootnoteLinkRenderer);
        if (!html.ObjectRenderers.Contains<HtmlNoteFootnoteLinkRenderer>())
            html.ObjectRenderers.Add(new HtmlNoteFootnoteLinkRenderer());
        if (!html.ObjectRenderers.Contains<HtmlNotesBlockRenderer>())
            html.ObjectRenderers.Add(new HtmlNotesBlockRenderer());
    }
}

public static class NoteExtensionBuilder
{
    public static MarkdownPipelineBuilder UseSourceCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.ReplaceOrAdd<NoteExtension>(new NoteExtension());
        return pipeline;
    }
}
