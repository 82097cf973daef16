using System.Text.RegularExpressions;

namespace Briefing.Markdown;

/// <summary>What the site needs from raw HTML an editor writes in Markdown: its links, its ids, and anything the CSP forbids.</summary>
public static partial class RawHtml
{
    /// <summary>A <c>&lt;script&gt;</c> element or an <c>on*=</c> event attribute: forbidden in content.</summary>
    public static Match FindScript(string html)
    {
        var script = ScriptTag().Match(html);
        return script.Success ? script : EventAttribute().Match(html);
    }

    /// <summary>Rewrites every href, src and srcset value; the evaluator sees groups "name" and "value".</summary>
    public static string ReplaceLinks(string html, MatchEvaluator evaluator) => LinkAttribute().Replace(html, evaluator);

    public static IEnumerable<Match> IdAttributes(string html) => IdAttribute().Matches(html);

    [GeneratedRegex(@"<script\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<[a-zA-Z][^>]*?\s(on[a-zA-Z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();

    /// <summary>Group "value" is the attribute's value; group "name" is href, src or srcset.</summary>
    [GeneratedRegex(@"\s(?<name>href|src|srcset)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex(@"<(?<tag>[a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?\s(?<name>id|name)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>""']+))", RegexOptions.IgnoreCase)]
    private static partial Regex IdAttribute();
}
