using System.Text.RegularExpressions;

namespace Briefing.Markdown.Citations;

/// <summary>
/// Splits what follows a citation key into Pandoc's locator and suffix: <c>, pp. 33-35, 38-39 and passim</c> gives
/// "pp. 33-35, 38-39" and "and passim". A locator is a label (p., pp., chap., sec., para., fig., § and Pandoc's
/// other English terms, full or abbreviated) and a number or range; a bare number is a page, as in Pandoc;
/// <c>{…}</c> sets the locator explicitly, and this site's <c>"…"</c> is a locator too.
/// </summary>
public static partial class CitationLocator
{
    public static (string? Locator, string? Suffix) Split(string text)
    {
        var rest = text.AsSpan().TrimStart();
        if (rest.StartsWith(","))
            rest = rest[1..].TrimStart();

        if (rest.Length > 0 && rest[0] is '"' or '{')
        {
            var close = rest[1..].IndexOf(rest[0] == '"' ? '"' : '}');
            if (close >= 0)
            {
                var explicitLocator = rest[1..(close + 1)].Trim().ToString();
                return (explicitLocator.Length > 0 ? explicitLocator : null, Tail(rest[(close + 2)..]));
            }
        }

        var match = Labelled().Match(rest.ToString());
        if (match.Success)
            return (match.Value.TrimEnd(), Tail(rest[match.Length..]));
        // Pandoc's "[*see* @item1 p. **32**]": emphasis does not hide a locator (the marker's label is plain text anyway).
        if (rest.ContainsAny('*', '_'))
        {
            var plain = rest.ToString().Replace("*", "").Replace("_", "");
            if (Labelled().Match(plain) is { Success: true } unmarked)
                return (unmarked.Value.TrimEnd(), Tail(plain.AsSpan(unmarked.Length)));
        }
        return (null, Tail(rest));
    }

    private static string? Tail(ReadOnlySpan<char> rest)
    {
        rest = rest.Trim();
        if (rest.StartsWith(","))
            rest = rest[1..].TrimStart();
        return rest.IsEmpty ? null : rest.ToString();
    }

    private const string Terms =
        @"books?|bks?\.|chapters?|chaps?\.|columns?|cols?\.|figures?|figs?\.|folios?|fols?\.|numbers?|nos?\.|lines?|ll?\.|notes?|nn?\.|"
        + @"opus|opera|opp?\.|pages?|pp?\.|paragraphs?|paras?\.|¶¶?|parts?|pts?\.|sections?|secs?\.|§§?|sub\s+verbo|sub\s+verbis|s\.\s?vv?\.|"
        + @"verses?|vv?\.|volumes?|vols?\.|appendix|appendices|app\.|articles?|art\.|canons?|equations?|eqs?\.|rules?|scenes?|sc\.|tables?|tbl\.|timestamps?|titles?";

    private const string Arabic = @"\(?[0-9]+[a-z]?\)?(?:[.:][0-9]+)*(?![\p{L}\p{N}])";

    // Roman numerals only after a label: alone, "did" or "mix" would read as numbers.
    private const string Any = @"(?:" + Arabic + @"|\(?(?:[ivxlcdm]+|[IVXLCDM]+)\)?(?![\p{L}\p{N}]))";

    private const string LabelledPattern = @"^(?:(?i:" + Terms + @")(?:\s+|(?<=[¶§])\s*)" + AnyRanges + "|" + ArabicRanges + ")";

    private const string AnyRanges = Any + @"(?:\s*[-–—]+\s*" + Any + @")?(?:\s*ff?\.)?(?:(?:,\s*|\s*&\s*)" + Any + @"(?:\s*[-–—]+\s*" + Any + @")?(?:\s*ff?\.)?)*";

    private const string ArabicRanges = Arabic + @"(?:\s*[-–—]+\s*" + Arabic + @")?(?:\s*ff?\.)?(?:(?:,\s*|\s*&\s*)" + Arabic + @"(?:\s*[-–—]+\s*" + Arabic + @")?(?:\s*ff?\.)?)*";

    [GeneratedRegex(LabelledPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}
