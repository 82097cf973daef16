using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Briefing.Markdown;

/// <summary>What the site needs from raw HTML an editor writes in Markdown: its links, its ids, and anything the CSP forbids.</summary>
public static partial class RawHtml
{
    /// <summary>Source positions kept, so a forbidden element is reported where it was written.</summary>
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>
    /// The first thing in the HTML the site's Content-Security-Policy forbids (a script element, an on*
    /// event attribute, a javascript: URL), found by reading it as a browser does, whatever the quoting;
    /// with its offset in <paramref name="html"/>.
    /// </summary>
    public static (int Offset, string What)? FindForbidden(string html)
    {
        if (html.IndexOf("script", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf(" on", StringComparison.OrdinalIgnoreCase) < 0
            && html.IndexOf("\ton", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("\non", StringComparison.OrdinalIgnoreCase) < 0
            && html.IndexOf("/on", StringComparison.OrdinalIgnoreCase) < 0)
            return null;
        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var offset = Math.Max(0, (element.SourceReference?.Position.Position ?? 1) - 1);
            if (element.LocalName == "script")
                return (offset, "a script element");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    return (offset, $"the event attribute '{attribute.Name}'");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href"
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                    return (offset, "a javascript: URL");
            }
        }
        return null;
    }

    /// <summary>GitHub's tag filter (GFM's "disallowed raw HTML"): '&lt;' of these tags becomes '&amp;lt;'.</summary>
    public static string FilterTags(string html)
    {
        if (html.IndexOf('<') < 0)
            return html;
        return DisallowedTag().Replace(html, match => "&lt;" + match.Value[1..]);
    }

    [GeneratedRegex(@"</?(?:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=[\s/>]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DisallowedTag();

    /// <summary>Rewrites every href, src and srcset value; the evaluator sees groups "name" and "value".</summary>
    public static string ReplaceLinks(string html, MatchEvaluator evaluator) => LinkAttribute().Replace(html, evaluator);

    public static IEnumerable<Match> IdAttributes(string html) => IdAttribute().Matches(html);

    /// <summary>Group "value" is the attribute's value; group "name" is href, src or srcset.</summary>
    [GeneratedRegex(@"\s(?<name>href|src|srcset)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"<(?<tag>[a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?\s(?<name>id|name)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>""']+))", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
