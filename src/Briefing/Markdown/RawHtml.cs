using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Briefing.Markdown;

/// <summary>One attribute of a start tag in raw HTML, as a browser reads it, with where it was written.</summary>
/// <param name="Value">The value, character references decoded.</param>
/// <param name="Start">0-based offset of the attribute's name in the HTML.</param>
/// <param name="ValueStart">0-based offset of the value as written (inside its quotes); -1 when the attribute has no value.</param>
/// <param name="ValueLength">Length of the value as written.</param>
/// <param name="IsQuoted">Whether the value was written in quotes.</param>
public sealed record RawAttribute(string Name, string Value, int Start, int ValueStart, int ValueLength, bool IsQuoted);

/// <summary>A start tag of raw HTML: its name (lower case) and attributes, from the offset of its '&lt;'.</summary>
public sealed record RawTag(string Name, int Start, IReadOnlyList<RawAttribute> Attributes);

/// <summary>
/// What the site needs from raw HTML an editor writes in Markdown: its start tags and their attributes,
/// read by AngleSharp's HTML tokenizer as a browser reads them (any quoting, a '&gt;' inside a quoted value,
/// tags over several lines; comments are comments), and GitHub's tag filter.
/// </summary>
public static partial class RawHtml
{
    public static List<RawTag> StartTags(string html)
    {
        var tags = new List<RawTag>();
        if (html.IndexOf('<') < 0)
            return tags;
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag)
                continue;
            var attributes = tag.Attributes.Select(a => Attribute(html, a.Name, a.Value, a.Position.Position - 1)).ToList();
            tags.Add(new RawTag(tag.Name, tag.Position.Position - 1, attributes));
        }
        return tags;
    }

    /// <summary>
    /// What the site's Content-Security-Policy forbids in a tag (a script element, an on* event attribute,
    /// a javascript: URL), with the offset to report it at; null when the tag is allowed.
    /// </summary>
    public static (int Offset, string What)? Forbidden(RawTag tag)
    {
        if (tag.Name == "script")
            return (tag.Start, "a script element");
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
                return (attribute.Start, $"the event attribute '{attribute.Name}'");
            if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href"
                && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                return (attribute.Start, "a javascript: URL");
        }
        return null;
    }

    /// <summary>The attributes that link somewhere: href, src and srcset.</summary>
    public static bool IsLink(RawAttribute attribute) => attribute.Name is "href" or "src" or "srcset";

    /// <summary>(line, column), both from 1, of an offset in <paramref name="html"/>.</summary>
    public static (int Line, int Column) PositionOf(string html, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = html.IndexOf('\n'); i >= 0 && i < offset; i = html.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>GitHub's tag filter (GFM's "disallowed raw HTML"): '&lt;' of these tags becomes '&amp;lt;'.</summary>
    public static string FilterTags(string html)
    {
        if (html.IndexOf('<') < 0)
            return html;
        return DisallowedTag().Replace(html, match => "&lt;" + match.Value[1..]);
    }

    /// <summary>
    /// Where the value of the attribute whose name starts at <paramref name="start"/> was written: the
    /// tokenizer gives the name's position and the decoded value; the value's own span is what follows "=".
    /// </summary>
    private static RawAttribute Attribute(string html, string name, string value, int start)
    {
        var at = start + name.Length;
        while (at < html.Length && char.IsWhiteSpace(html[at]))
            at++;
        if (at >= html.Length || html[at] != '=')
            return new RawAttribute(name, value, start, -1, 0, false);
        at++;
        while (at < html.Length && char.IsWhiteSpace(html[at]))
            at++;
        if (at < html.Length && html[at] is '"' or '\'')
        {
            var close = html.IndexOf(html[at], at + 1);
            var end = close < 0 ? html.Length : close;
            return new RawAttribute(name, value, start, at + 1, end - at - 1, true);
        }
        var valueEnd = at;
        while (valueEnd < html.Length && !char.IsWhiteSpace(html[valueEnd]) && html[valueEnd] != '>')
            valueEnd++;
        return new RawAttribute(name, value, start, at, valueEnd - at, false);
    }

    // GFM's tag filter is defined on the text as written ("<title", "</style" ...), so it is applied as text.
    [GeneratedRegex(@"</?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=[\s/>]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DisallowedTag();
}
