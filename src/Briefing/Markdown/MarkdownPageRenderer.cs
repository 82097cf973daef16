using System.Text.RegularExpressions;
using Briefing.Content;
using Briefing.Data;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Html;
using Briefing.Markdown.Citations;
using Briefing.Markdown.Headings;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown;

/// <summary>
/// Renders one page's Markdown body and gathers, in the same pass over the syntax tree, what crosses
/// pages: headings and ids (anchor targets), resolved links (to check), and numbered notes.
/// Gathering here is cheaper than parsing the finished HTML again.
/// </summary>
public sealed partial class MarkdownPageRenderer(PageSource source, string pageUrl, SiteData data, LinkResolver links, DiagnosticBag diagnostics)
{
    /// <summary>Ids the page's layout and notes use, which its headings must not take (none unless set).</summary>
    public LayoutIds LayoutIds { get; init; } = LayoutIds.None;

    private readonly List<PageLink> _links = [];
    private readonly List<string> _external = [];
    private readonly List<ExplicitId> _explicitIds = [];

    /// <returns>The page's HTML body, and what the site needs to know of it.</returns>
    public (RenderedMarkdown Page, string Html) Render(string body, string? frontMatterTitle)
    {
        var context = new MarkdownParserContext();
        context.Properties[GitHubHeadingIdExtension.TakenIdsKey] = (Func<string, bool>)LayoutIds.Contains;
        context.Properties[SourceCitationParser.SourcesKey] = (Func<string, Source?>)data.FindSource;
        var document = Markdig.Markdown.Parse(body, MarkdownPipelines.Site, context);
        var (title, titleId) = TakeTitle(document, frontMatterTitle);

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    ResolveLink(link);
                    break;
                case AutolinkInline autolink:
                    _external.Add(autolink.Url);
                    break;
                case HtmlInline inline:
                    var outsideComment = false;
                    inline.Tag = ReadRawHtml(inline.Tag, inline.Line, inline.Column, ref outsideComment);
                    break;
                case HtmlBlock block:
                    ReadRawHtml(block);
                    break;
                case LiteralInline literal:
                    WarnUndefinedFootnotes(literal);
                    break;
                case SourceCitation { IsInText: false } citation:
                    // Numbered while parsing: an item left without a marker names no source.
                    foreach (var unknown in citation.Items.Where(i => i.Marker is null))
                        diagnostics.Report(DataDiagnostics.UnknownSource(unknown.Id, Locate(unknown.Line, unknown.Column), data.Sources.Select(s => s.Id).ToList()));
                    break;
                case MalformedCitation malformed:
                    diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.CitationNotParsed, Locate(malformed.Line, malformed.Column),
                        $"text that looks like a citation does not parse: {malformed.Problem}"));
                    break;
            }
        }

        var notes = TakeNotes(document);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, InlineText.Of(h.Inline), h.GetAttributes().Id ?? ""))
            .Where(h => h.Id.Length > 0)
            .ToList();

        return (new RenderedMarkdown(title, titleId, headings, _links, _external, _explicitIds, notes), PooledHtmlRenderer.Render(document));
    }

    /// <summary>Front matter's title, else the first heading (taken out of the body, so the layout does not repeat it), else the file name.</summary>
    private (string Title, string? Id) TakeTitle(MarkdownDocument document, string? frontMatterTitle)
    {
        if (!string.IsNullOrWhiteSpace(frontMatterTitle))
            return (frontMatterTitle, null);
        var first = document.Descendants<HeadingBlock>().FirstOrDefault();
        if (first is null)
            return (TitleFromFileName(source.InputPath), null);
        if (first.Parent == document)
            document.Remove(first);
        return (InlineText.Of(first.Inline), first.GetAttributes().Id);
    }

    public static string TitleFromFileName(string inputPath)
    {
        var name = Path.GetFileNameWithoutExtension(inputPath);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) || name.Equals("readme", StringComparison.OrdinalIgnoreCase))
            name = Path.GetFileName(Path.GetDirectoryName(inputPath)) is { Length: > 0 } folder ? folder : "Home";
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private void ResolveLink(LinkInline link)
    {
        if (link.Url is null)
            return;
        var resolved = links.Resolve(link.Url, source, pageUrl);
        var where = Locate(link.Line, link.Column);
        if (resolved.Problem is not null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrokenLink, where,
                $"{(link.IsImage ? "missing image" : "broken link")}: {resolved.Problem}"));
            return;
        }
        link.Url = resolved.Href;
        if (resolved.IsExternal)
            _external.Add(resolved.Href);
        else
            _links.Add(new PageLink(resolved.TargetPath!, resolved.Fragment, where, link.IsImage));
    }

    private void ReadRawHtml(HtmlBlock block)
    {
        var lines = block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()).ToArray();
        var changed = false;
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var rewritten = ReadRawHtml(lines[i], block.Line + i, block.Lines.Lines[i].Column, ref inComment);
            changed |= !ReferenceEquals(rewritten, lines[i]);
            lines[i] = rewritten;
        }
        if (changed)
        {
            var group = new StringLineGroup(lines.Length);
            foreach (var line in lines)
                group.Add(new StringSlice(line));
            block.Lines = group;
        }
    }

    /// <summary>
    /// Checks raw HTML for scripts, records its ids, and resolves its href/src/srcset as Markdown links are;
    /// ids and links inside comments are left alone (<paramref name="inComment"/>: see <see cref="HtmlComments"/>).
    /// </summary>
    private string ReadRawHtml(string html, int line, int column, ref bool inComment)
    {
        var comments = HtmlComments.Spans(html, ref inComment);
        if (RawHtml.FindForbidden(html) is { } forbidden)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ScriptInContent, Locate(line, column + forbidden.Offset),
                $"{forbidden.What} is not allowed in content (the site's Content-Security-Policy would block it): remove it"));
        }
        foreach (var id in RawHtml.IdAttributes(html).Where(m => !HtmlComments.Contains(comments, m.Index)))
        {
            var isId = id.Groups["name"].Value.Equals("id", StringComparison.OrdinalIgnoreCase);
            if (isId || id.Groups["tag"].Value.Equals("a", StringComparison.OrdinalIgnoreCase))
                _explicitIds.Add(new ExplicitId(id.Groups["value"].Value, Locate(line, column + id.Groups["value"].Index), isId));
        }

        return RawHtml.FilterTags(RawHtml.ReplaceLinks(html, match =>
        {
            if (HtmlComments.Contains(comments, match.Index))
                return match.Value;
            var value = match.Groups["value"];
            var where = Locate(line, column + value.Index);
            var isImage = !match.Groups["name"].Value.Equals("href", StringComparison.OrdinalIgnoreCase);
            var urls = match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? value.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [value.Value];
            var rewritten = urls.Select(candidate =>
            {
                var space = candidate.IndexOf(' ');
                var url = space > 0 ? candidate[..space] : candidate;
                var resolved = links.Resolve(System.Net.WebUtility.HtmlDecode(url), source, pageUrl);
                if (resolved.Problem is not null)
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrokenLink, where, $"{(isImage ? "missing image" : "broken link")}: {resolved.Problem}"));
                    return candidate;
                }
                if (resolved.IsExternal)
                    _external.Add(resolved.Href);
                else
                    _links.Add(new PageLink(resolved.TargetPath!, resolved.Fragment, where, isImage));
                return System.Net.WebUtility.HtmlEncode(resolved.Href) + (space > 0 ? candidate[space..] : "");
            });
            return match.Value[..(value.Index - match.Index)] + string.Join(", ", rewritten) + match.Value[(value.Index - match.Index + value.Length)..];
        }));
    }

    /// <summary>
    /// Markdig leaves a reference to an undefined footnote as literal text, split over several literals
    /// ("[", "^", "x", "]"), so the check reads each run of adjacent literals as one text.
    /// </summary>
    private void WarnUndefinedFootnotes(LiteralInline literal)
    {
        if (literal.PreviousSibling is LiteralInline)
            return;
        var run = new List<(int Offset, LiteralInline Literal)>();
        var text = new System.Text.StringBuilder();
        for (Inline? current = literal; current is LiteralInline part; current = current.NextSibling)
        {
            run.Add((text.Length, part));
            text.Append(part.Content.AsSpan());
        }
        foreach (Match match in UndefinedFootnote().Matches(text.ToString()))
        {
            // The "[" literal has no position of its own; the "^" after it has.
            var caret = match.Index + 1;
            var (offset, holder) = run.Last(r => r.Offset <= caret);
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.FootnoteNotDefined, Locate(holder.Line, holder.Column + (caret - offset) - 1),
                $"footnote '{match.Value}' is referenced but never defined: add a line '{match.Value}: text' at the end of the page"));
        }
    }

    /// <summary>
    /// Takes the notes the <see cref="NoteExtension"/> numbered while parsing out of the body (the layout draws
    /// them), each footnote's text rendered now that its links are resolved; warns of footnotes never referenced.
    /// </summary>
    private PageNotes TakeNotes(MarkdownDocument document)
    {
        var block = document.LastChild as NotesBlock;
        var notes = block?.Notes ?? new PageNotes();
        if (block is not null)
        {
            foreach (var note in notes.All)
            {
                if (block.BodyOf(note) is { } body)
                    note.Footnote = new TrustedHtml(RenderBlocks(body));
            }
            document.Remove(block);
        }

        // Markdig keeps only referenced footnotes; the definitions tell which were never used.
        foreach (var definition in document.Descendants<FootnoteLinkReferenceDefinition>())
        {
            if (notes.NoteOfFootnote(definition.Footnote.Label ?? "") is null)
            {
                diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.FootnoteNotReferenced, Locate(definition.Line, definition.Column),
                    $"footnote '[{definition.Footnote.Label}]' is defined but never referenced: refer to it with [{definition.Footnote.Label}] or remove it"));
            }
        }
        foreach (var group in document.OfType<FootnoteGroup>().ToList())
            document.Remove(group);
        return notes;
    }

    private static string RenderBlocks(ContainerBlock container) => PooledHtmlRenderer.Render(container).Trim();

    /// <summary>Markdig counts lines and columns from 0 in the body; diagnostics count from 1 in the file.</summary>
    private SourceLocation Locate(int line, int column) => new(source.File, line + 1 + source.BodyLineOffset, column + 1);

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex UndefinedFootnote();
}
