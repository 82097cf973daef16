using System.Net;
using System.Text;
using Briefing.Anchors;
using Briefing.Diagnostics;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;

namespace Briefing.Modules;

/// <summary>
/// Lists the ids of each finished HTML page, laid out or copied as it is (headings, notes, markers, the layout's own, <c>&lt;a name&gt;</c>;
/// not those inside comments) for the anchor check, in the form <see cref="Fragments.Normalize"/> gives;
/// reports an id an editor wrote in raw HTML that the page has twice, and checks the same-page links the
/// layout makes (those written in Markdown are checked by <see cref="ValidateLinks"/>, where written).
/// Scans the UTF-8 bytes for <c>id=</c> and <c>href="#</c> rather than parsing a DOM: measured several
/// times cheaper, and every anchor target is such an attribute.
/// </summary>
public sealed class IndexPageIds : ParallelModule
{
    private readonly ResultCache<IReadOnlySet<string>> _cache = new();

    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        if (!IsHtml(input.Destination))
        {
            yield return input;
            yield break;
        }
        var ids = _cache.GetOrCompute(input.Destination ?? input.Source ?? "", [input.Content], context, diagnostics => Index(input, diagnostics));
        yield return input.With(SiteKeys.Ids, ids);
    }

    private static IReadOnlySet<string> Index(Document input, DiagnosticBag diagnostics)
    {
        // A copied file is read as text, without its byte order mark, so that positions count from its first character.
        var html = input.Content is FileContent ? Encoding.UTF8.GetBytes(input.Content.ReadText()) : input.Content.ReadUtf8();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in AttributeValues(html, " id="u8))
            counts[id] = counts.GetValueOrDefault(id) + 1;
        var explicitIds = input.GetOrDefault(SiteKeys.Markdown)?.ExplicitIds ?? [];
        foreach (var named in explicitIds.Where(e => !e.IsIdAttribute))
            counts[named.Id] = counts.GetValueOrDefault(named.Id) + 1;
        foreach (var unseen in explicitIds.Where(e => e.IsIdAttribute && !counts.ContainsKey(e.Id)))
            counts[unseen.Id] = 1; // written after a line break or tab, which the scan's " id=" does not match


        foreach (var repeated in explicitIds.GroupBy(e => e.Id).Where(g => counts.GetValueOrDefault(g.Key) > 1))
        {
            var at = repeated.Count() > 1 ? repeated.ElementAt(1) : repeated.First();
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicateId, at.Location,
                $"id '{at.Id}' is used more than once on this page, so links to it are ambiguous: rename one"));
        }

        var ids = counts.Keys.Select(Fragments.Normalize).ToHashSet(StringComparer.Ordinal);
        // Same-page links written in the Markdown are checked by ValidateLinks, at the place they were written.
        var url = input.GetOrDefault(SiteKeys.Url);
        var writtenInMarkdown = (input.GetOrDefault(SiteKeys.Markdown)?.Links ?? [])
            .Where(l => l.TargetPath == url && l.Fragment is not null)
            .Select(l => Fragments.Normalize(l.Fragment!))
            .ToHashSet(StringComparer.Ordinal);
        var laidOut = input.Has(SiteKeys.FrontMatter);
        var offsets = laidOut ? null : new List<int>(); // positions only where they are reported
        var fragments = AttributeValues(html, " href=\"#"u8, valueStarted: true, offsets);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            var decoded = Fragments.Decode(fragment);
            if (counts.ContainsKey(fragment) || Fragments.Lands(decoded, ids) || writtenInMarkdown.Contains(Fragments.Normalize(decoded)) || !reported.Add(fragment))
                continue;
            // A laid-out page's same-page links come from its layout (named, not placed); an HTML file's, from the editor, at their line.
            var file = input.Source ?? input.Destination ?? "";
            var where = offsets is null ? SourceLocation.Of(file) : LocationOf(file, html, offsets[i]);
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingAnchor, where,
                $"{(laidOut ? "the page's layout" : "this page")} links to '#{fragment}', which is not on the page"));
        }
        return ids;
    }

    /// <summary>Line and column (from 1, in characters) of a byte offset in UTF-8 HTML.</summary>
    private static SourceLocation LocationOf(string file, byte[] html, int offset)
    {
        var before = html.AsSpan(0, offset);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourceLocation(file, before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>A page of the site: laid out from Markdown, or an HTML file copied as it is, whose ids links may name.</summary>
    private static bool IsHtml(string? destination) =>
        destination is not null && (destination.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || destination.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The values of an attribute written as <paramref name="prefix"/> (whitespace before the name),
    /// quoted with " or ' or not at all; with <paramref name="valueStarted"/> the prefix already
    /// includes the opening quote and part of the value. With <paramref name="offsets"/>, the byte offset of
    /// each value is added to it, in the same order.
    /// </summary>
    internal static List<string> AttributeValues(byte[] html, ReadOnlySpan<byte> prefix, bool valueStarted = false, List<int>? offsets = null)
    {
        var values = new List<string>();
        var span = html.AsSpan();
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOf(prefix);
            if (found < 0)
                break;
            if (CommentEndAfter(span, at, at + found) is var end and > 0)
            {
                at = end; // inside an HTML comment: text, not an attribute
                continue;
            }
            var start = at + found + prefix.Length;
            var quote = valueStarted ? (byte)'"' : start < span.Length && span[start] is (byte)'"' or (byte)'\'' ? span[start] : (byte)0;
            if (!valueStarted && quote != 0)
                start++;
            var rest = span[start..];
            var length = quote != 0 ? rest.IndexOf(quote) : rest.IndexOfAny(" >\t\n\r"u8);
            if (length < 0)
                break;
            var value = Encoding.UTF8.GetString(rest[..length]);
            values.Add(value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
            offsets?.Add(start);
            at = start + length;
        }
        return values;
    }

    /// <summary>
    /// Where the HTML comment that holds <paramref name="position"/> ends, or 0 when no comment does.
    /// Scanning starts at <paramref name="from"/>, which is never inside a comment.
    /// </summary>
    private static int CommentEndAfter(ReadOnlySpan<byte> html, int from, int position)
    {
        while (true)
        {
            var open = html[from..position].IndexOf("<!--"u8);
            if (open < 0)
                return 0;
            var bodyStart = from + open + 4;
            var close = html[bodyStart..].IndexOf("-->"u8);
            var end = close < 0 ? html.Length : bodyStart + close + 3;
            if (end > position)
                return end;
            from = end;
        }
    }
}
