using System.Globalization;
using System.Text;

namespace Briefing.Markdown.Headings;

/// <summary>
/// Heading ids as GitHub makes them, so an anchor written for GitHub lands here too: the heading's text
/// lowercased, every character dropped that is not a letter, mark, decimal or letter number, connector
/// punctuation, space or hyphen, each space turned into a hyphen, and a repeat given "-1", "-2"… after
/// its first use. No trimming and no fallback: an empty text gives an empty id, as on GitHub.
/// Characters are classed as in Unicode 13.0, the version of the reference (github-slugger's fixtures,
/// taken from GitHub's own anchors): see <see cref="NewerThanUnicode13"/>. One instance per page.
/// </summary>
/// <param name="isTaken">Ids the page has from elsewhere (its layout's): a heading that would take one gets a suffix instead.</param>
public sealed class GitHubSlugger(Func<string, bool>? isTaken = null)
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    /// <summary>The id of the next heading with this text, unique among those this slugger gave and those taken.</summary>
    public string Unique(string text)
    {
        var slug = Slug(text);
        var id = slug;
        while (_occurrences.ContainsKey(id) || (isTaken?.Invoke(id) ?? false))
        {
            var count = _occurrences.GetValueOrDefault(slug) + 1;
            _occurrences[slug] = count;
            id = slug + "-" + count.ToString(CultureInfo.InvariantCulture);
        }
        _occurrences[id] = 0;
        return id;
    }

    /// <summary>The slug of one text, without regard to repeats.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        Span<char> buffer = stackalloc char[2];
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                slug.Append(rest[0]); // a lone surrogate: kept, as github-slugger keeps it
                rest = rest[1..];
                continue;
            }
            rest = rest[consumed..];
            if (rune.Value == ' ')
            {
                slug.Append('-');
            }
            else if (rune.Value == 'İ')
            {
                slug.Append("i\u0307"); // its full lowercase mapping, which the simple one lacks
            }
            else if (IsKept(rune))
            {
                var lower = Rune.ToLowerInvariant(rune);
                slug.Append(buffer[..lower.EncodeToUtf16(buffer)]);
            }
        }
        return slug.ToString();
    }

    private static bool IsKept(Rune rune)
    {
        if (rune.Value == '-')
            return true;
        if (NewerThanUnicode13.Contains(rune.Value))
            return false;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => true,
            UnicodeCategory.ConnectorPunctuation => true,
            UnicodeCategory.OtherSymbol => IsAlphabeticSymbol(rune.Value),
            _ => false,
        };
    }

    /// <summary>The symbols Unicode counts as alphabetic, which GitHub keeps: circled and squared Latin letters.</summary>
    private static bool IsAlphabeticSymbol(int value) =>
        value is (>= 0x24B6 and <= 0x24E9) or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);
}
