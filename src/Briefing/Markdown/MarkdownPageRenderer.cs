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
        context.Properties[SourceCitationParser.KnownSourceKey] = (Func<string, bool>)(id => data.FindSource(id) is not null);
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
                case MalformedCitation malformed:
                    diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.CitationNotParsed, Locate(malformed.Line, malformed.Column),
                        $"text that looks like a citation does not parse: {malformed.Problem}"));
                    break;
            }
        }

        var notes = NumberNotes(document);
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

    /// <summary>Numbers citations and footnotes in reading order, one sequence; moves footnote bodies into the notes.</summary>
    private PageNotes NumberNotes(MarkdownDocument document)
    {
        var notes = new PageNotes();
        var known = data.Sources.Select(s => s.Id).ToList();
        foreach (var node in document.Descendants())
        {
            if (node is SourceCitation { IsInText: false } or FootnoteLink { IsBackLink: false })
                TrimSpaceBefore((Inline)node);
            if (node is SourceCitation citation && !(citation.IsInText && InsideLink(citation)))
            {
                foreach (var item in citation.Items)
                {
                    if (data.FindSource(item.Id) is { } cited)
                    {
                        item.Marker = notes.CiteSource(cited, item.Locator);
                        item.InTextLabel = cited.Author ?? cited.Title;
                    }
                    else if (!citation.IsInText)
                    {
                        // An in-text "@name" that names no source is text (the parser leaves it so; this is for safety).
                        diagnostics.Report(DataDiagnostics.UnknownSource(item.Id, Locate(item.Line, item.Column), known));
                    }
                }
            }
            else if (node is FootnoteLink { IsBackLink: false } link)
            {
                link.SetData(typeof(NoteMarker), notes.ReferFootnote(link.Footnote.Label ?? ""));
            }
        }

        // Markdig keeps only referenced footnotes in the group; the definitions tell which were never used.
        foreach (var definition in document.Descendants<FootnoteLinkReferenceDefinition>())
        {
            if (notes.NoteOfFootnote(definition.Footnote.Label ?? "") is { } note)
            {
                note.Footnote = new TrustedHtml(RenderBlocks(definition.Footnote));
            }
            else
            {
                diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.FootnoteNotReferenced, Locate(definition.Line, definition.Column),
                    $"footnote '[{definition.Footnote.Label}]' is defined but never referenced: refer to it with [{definition.Footnote.Label}] or remove it"));
            }
        }
        foreach (var group in document.OfType<FootnoteGroup>().ToList())
            document.Remove(group);
        return notes;
    }

    /// <summary>In a link's words (<c>[see @id](url)</c>) an in-text key is the link's text, not a citation; it prints as written.</summary>
    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
                return true;
        }
        return false;
    }

    /// <summary>"text [@id]" reads as "text¹": as in Pandoc, a note marker takes the space before it.</summary>
    private static void TrimSpaceBefore(Inline marker)
    {
        if (marker.PreviousSibling is LiteralInline literal)
            literal.Content.TrimEnd();
    }

    private static string RenderBlocks(ContainerBlock container) => PooledHtmlRenderer.Render(container).Trim();

    /// <summary>Markdig counts lines and columns from 0 in the body; diagnostics count from 1 in the file.</summary>
    private SourceLocation Locate(int line, int column) => new(source.File, line + 1 + source.BodyLineOffset, column + 1);

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex UndefinedFootnote();
}
