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
                    inline.Tag = ReadRawHtml(inline);
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

    /// <summary>A raw HTML block is read whole, so a tag or comment over several lines is read as a browser reads it.</summary>
    private void ReadRawHtml(HtmlBlock block)
    {
        var lines = block.Lines.Lines.Take(block.Lines.Count).ToArray();
        var html = string.Join('\n', lines.Select(l => l.Slice.ToString()));
        var rewritten = ReadRawHtml(html, (line, column) => Locate(block.Line + line - 1, lines[line - 1].Column + column - 1));
        if (ReferenceEquals(rewritten, html))
            return;
        var rewrittenLines = rewritten.Split('\n');
        var group = new StringLineGroup(rewrittenLines.Length);
        foreach (var line in rewrittenLines)
            group.Add(new StringSlice(line));
        block.Lines = group;
    }

    private string ReadRawHtml(HtmlInline inline) =>
        ReadRawHtml(inline.Tag, (line, column) => line == 1 ? Locate(inline.Line, inline.Column + column - 1) : Locate(inline.Line + line - 1, column - 1));

    /// <summary>
    /// Checks raw HTML for what the CSP forbids, records its ids, and resolves its href/src/srcset as Markdown
    /// links are (rewriting a link to a .md file to its page); <paramref name="at"/> maps a (line, column) of the
    /// HTML, from 1, to the file. Returns the HTML, rewritten and through GitHub's tag filter.
    /// </summary>
    private string ReadRawHtml(string html, Func<int, int, SourceLocation> at)
    {
        SourceLocation Where(int offset)
        {
            var (line, column) = RawHtml.PositionOf(html, offset);
            return at(line, column);
        }

        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var tag in RawHtml.StartTags(html))
        {
            if (RawHtml.Forbidden(tag) is { } forbidden)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ScriptInContent, Where(forbidden.Offset),
                    $"{forbidden.What} is not allowed in content (the site's Content-Security-Policy would block it): remove it"));
            }
            foreach (var attribute in tag.Attributes.Where(a => a.ValueStart >= 0))
            {
                if (attribute.Name == "id" || (attribute.Name == "name" && tag.Name == "a"))
                    _explicitIds.Add(new ExplicitId(attribute.Value, Where(attribute.ValueStart), attribute.Name == "id"));
                else if (RawHtml.IsLink(attribute) && ResolveRawLinks(attribute, Where(attribute.ValueStart)) is { } value)
                    edits.Add((attribute.ValueStart, attribute.ValueLength, attribute.IsQuoted ? value : $"\"{value}\""));
            }
        }
        var rewritten = html;
        foreach (var (start, length, text) in edits.OrderByDescending(e => e.Start))
            rewritten = string.Concat(rewritten.AsSpan(0, start), text, rewritten.AsSpan(start + length));
        return RawHtml.FilterTags(rewritten);
    }

    /// <summary>Resolves the URLs of an href, src or srcset; the value to write instead, HTML-encoded, or null when none changes.</summary>
    private string? ResolveRawLinks(RawAttribute attribute, SourceLocation where)
    {
        var isImage = attribute.Name != "href";
        var candidates = attribute.Name == "srcset"
            ? attribute.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [attribute.Value];
        var changed = false;
        var rewritten = candidates.Select(candidate =>
        {
            var space = attribute.Name == "srcset" ? candidate.IndexOfAny([' ', '\t', '\n']) : -1;
            var url = space > 0 ? candidate[..space] : candidate;
            var resolved = links.Resolve(url, source, pageUrl);
            if (resolved.Problem is not null)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrokenLink, where, $"{(isImage ? "missing image" : "broken link")}: {resolved.Problem}"));
                return candidate;
            }
            if (resolved.IsExternal)
                _external.Add(resolved.Href);
            else
                _links.Add(new PageLink(resolved.TargetPath!, resolved.Fragment, where, isImage));
            changed |= resolved.Href != url.Trim();
            return resolved.Href + (space > 0 ? candidate[space..] : "");
        }).ToList();
        return changed ? System.Net.WebUtility.HtmlEncode(string.Join(", ", rewritten)) : null;
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
