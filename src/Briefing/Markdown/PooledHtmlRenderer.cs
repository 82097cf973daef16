using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefing.Markdown;

/// <summary>
/// One HTML renderer per thread, set up once with the site's extensions and reused for every page
/// and footnote, as Markdig's own Markdown.ToHtml does: setting one up per page cost more than
/// rendering a small page.
/// </summary>
public sealed class PooledHtmlRenderer : HtmlRenderer
{
    [ThreadStatic]
    private static PooledHtmlRenderer? _current;

    private readonly StringWriter _writer;

    private PooledHtmlRenderer(StringWriter writer)
        : base(writer)
    {
        _writer = writer;
        MarkdownPipelines.Site.Setup(this);
    }

    public static string Render(IEnumerable<Block> blocks)
    {
        var renderer = _current ??= new PooledHtmlRenderer(new StringWriter());
        renderer.Reset();
        foreach (var block in blocks)
            renderer.Render(block);
        var html = renderer._writer.ToString();
        if (renderer._writer.GetStringBuilder().Capacity > 1 << 20)
            _current = null; // let an unusually large page's buffer go
        return html;
    }
}
