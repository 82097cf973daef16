using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Tests.Editorial;

/// <summary>What a figure is: an amount, a percentage, a date (day, month or year) or a numbered name.</summary>
public enum FigureKind
{
    Number,
    Money,
    Percent,
    Year,
    Month,
    Day,
    Name,
}

/// <summary>
/// One figure found in a text: where it is (<paramref name="Start"/>, <paramref name="Length"/>), what it
/// says as written, and its normal form (<paramref name="Key"/>), so that <c>$65B</c>, <c>$65 billion</c> and
/// <c>US$65bn</c> compare equal. <paramref name="Written"/> is the numeral as written, before any scale
/// ("37" in "$37 billion"), used for the bare numbers of data files whose unit the field name gives.
/// </summary>
public sealed record Figure(string Text, int Start, int Length, FigureKind Kind, string Key, string? Written);

/// <summary>
/// Finds the figures in a text and brings them to one normal form. The same reader serves the site's text and
/// the sources' texts, so both sides are normalised alike.
/// </summary>
public static partial class Figures
{
    private const string Month =
        @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    // Model and product names with a number in them: "Llama 4.1", "GPT-4o", "Claude 4", "MTIA 3", "H100s", "S3".
    // The number is part of a name, so the whole name is the figure and has to appear in the source.
    [GeneratedRegex(@"(?<![\w.$])(?:(?<pre>Llama|Claude|GPT|MTIA|Gemini|Quest|Pillar)[ -](?<num>\d+(?:\.\d+)?[a-z]?)|(?<tok>[A-Za-z]+\d+[A-Za-z\d]*))(?![\w])")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"(?<![\w.])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\w])")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"(?<![\w.])(?<y>\d{4})-(?<m>\d{2})(?![\w-])")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"(?<![\w.,])(?<d1>\d{1,2})\s*(?:–|-|to|and)\s*(?<d2>\d{1,2})\s+" + Month + @"\.?,?\s+(?<y>\d{4})(?![\w])")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?<![\w.,])(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @"\.?(?:,?\s+(?<y>\d{4}))?(?![\w])")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\w])" + Month + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{4}))?(?![\w])")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\w])" + Month + @"\.?,?\s+(?<y>\d{4})(?![\w])")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\w.])(?<a>(?:19|20)\d{2})\s*[–-]\s*(?<b>(?:19|20)\d{2})(?![\w])")]
    private static partial Regex YearRange();

    // An amount, a count or a percentage, alone or as a range whose currency and scale apply to both ends.
    [GeneratedRegex(
        @"(?<![\w.,])(?<cur>US\$|USD\s?|\$)?(?<a>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" +
        @"(?:\s*[–-]\s*(?:US\$|\$)?(?<b>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?" +
        @"(?<plus>\+)?" +
        @"(?:(?<pct>\s*%|\s+percent\b|\s+per\s+cent\b)|(?<scale>\s*-?\s*(?:trillion|billion|million|thousand|tn|bn)\b)|(?<suf>[KMBkT])(?![A-Za-z]))?" +
        @"\+?(?![\w])")]
    private static partial Regex Amount();

    // A number word with a scale or a percent sign is a figure too: "three billion users", "ten percent".
    [GeneratedRegex(@"(?<![\w-])(?<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?:(?<scale>trillion|billion|million|thousand)|(?<pct>percent|per\s+cent))(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex WordAmount();

    private static readonly string[] Words =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static decimal WordValue(string word) => word.ToLowerInvariant() switch
    {
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "hundred" => 100,
        var w => Array.IndexOf(Words, w) + 1,
    };

    /// <summary>The figures of a text, in order. Stretches given in <paramref name="masked"/> are skipped.</summary>
    public static List<Figure> Find(string text, IEnumerable<(int Start, int Length)>? masked = null)
    {
        var taken = new bool[text.Length];
        foreach (var (start, length) in masked ?? [])
            Take(taken, start, length);
        var found = new List<Figure>();

        foreach (Match m in NamePattern().Matches(text))
        {
            if (Free(taken, m))
            {
                var name = m.Groups["pre"].Success
                    ? $"{m.Groups["pre"].Value} {m.Groups["num"].Value}"
                    : m.Groups["tok"].Value;
                Add(found, taken, m, FigureKind.Name, "name:" + name.ToLowerInvariant(), null);
            }
        }

        foreach (Match m in IsoDay().Matches(text))
        {
            if (Free(taken, m) && Date(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } key)
                Add(found, taken, m, FigureKind.Day, key, null);
        }
        foreach (Match m in IsoMonth().Matches(text))
        {
            if (Free(taken, m) && Date(m.Groups["y"].Value, m.Groups["m"].Value, null) is { } key)
                Add(found, taken, m, FigureKind.Month, key, null);
        }
        foreach (Match m in DayRange().Matches(text))
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            if (!Free(taken, m)
                || Date(m.Groups["y"].Value, month, m.Groups["d1"].Value) is not { } first
                || Date(m.Groups["y"].Value, month, m.Groups["d2"].Value) is not { } last)
                continue;
            Take(taken, m.Index, m.Length);
            found.Add(new Figure($"{m.Value} ({m.Groups["d1"].Value})", m.Index, m.Length, FigureKind.Day, first, null));
            found.Add(new Figure($"{m.Value} ({m.Groups["d2"].Value})", m.Index, m.Length, FigureKind.Day, last, null));
        }
        foreach (var pattern in new[] { DayMonthYear(), MonthDayYear() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (!Free(taken, m))
                    continue;
                var month = MonthNumber(m.Groups["mon"].Value);
                var day = m.Groups["d"].Value;
                if (m.Groups["y"].Success)
                {
                    if (Date(m.Groups["y"].Value, month, day) is { } key)
                        Add(found, taken, m, FigureKind.Day, key, null);
                }
                else if (int.Parse(day, CultureInfo.InvariantCulture) is >= 1 and <= 31)
                {
                    // A day and month with the year left to the sentence: "on 1 July".
                    Add(found, taken, m, FigureKind.Day, $"dm:{month}-{int.Parse(day, CultureInfo.InvariantCulture):00}", null);
                }
            }
        }
        foreach (Match m in MonthYear().Matches(text))
        {
            if (Free(taken, m))
                Add(found, taken, m, FigureKind.Month, $"m:{m.Groups["y"].Value}-{MonthNumber(m.Groups["mon"].Value)}", null);
        }
        foreach (Match m in YearRange().Matches(text))
        {
            if (!Free(taken, m))
                continue;
            Take(taken, m.Index, m.Length);
            found.Add(new Figure(m.Value, m.Index, m.Length, FigureKind.Year, "y:" + m.Groups["a"].Value, m.Groups["a"].Value));
            found.Add(new Figure(m.Value, m.Index, m.Length, FigureKind.Year, "y:" + m.Groups["b"].Value, m.Groups["b"].Value));
        }

        foreach (Match m in WordAmount().Matches(text))
        {
            if (!Free(taken, m))
                continue;
            var number = WordValue(m.Groups["w"].Value);
            var key = m.Groups["pct"].Success ? "%:" + Normal(number) : "n:" + Normal(number * Scale(m.Groups["scale"].Value));
            Add(found, taken, m, m.Groups["pct"].Success ? FigureKind.Percent : FigureKind.Number, key, Normal(number));
        }

        foreach (Match m in Amount().Matches(text))
        {
            if (!Free(taken, m))
                continue;
            Take(taken, m.Index, m.Length);
            var money = m.Groups["cur"].Success;
            var pct = m.Groups["pct"].Success;
            var scale = Scale(m.Groups["scale"].Success ? m.Groups["scale"].Value : m.Groups["suf"].Value);
            foreach (var end in new[] { m.Groups["a"], m.Groups["b"] })
            {
                if (!end.Success)
                    continue;
                var written = end.Value.Replace(",", "", StringComparison.Ordinal);
                var value = decimal.Parse(written, CultureInfo.InvariantCulture) * scale;
                FigureKind kind;
                string key;
                if (pct)
                    (kind, key) = (FigureKind.Percent, "%:" + Normal(value));
                else if (money)
                    (kind, key) = (FigureKind.Money, "$:" + Normal(value));
                else if (scale == 1 && !m.Groups["plus"].Success && written.Length == 4 && value is >= 1900 and <= 2099
                         && !written.Contains('.', StringComparison.Ordinal))
                    (kind, key) = (FigureKind.Year, "y:" + written);
                else
                    (kind, key) = (FigureKind.Number, "n:" + Normal(value));
                var shown = m.Groups["b"].Success ? $"{m.Value.TrimEnd()} ({end.Value})" : m.Value.TrimEnd();
                found.Add(new Figure(shown, m.Index, m.Value.TrimEnd().Length, kind, key, Normal(decimal.Parse(written, CultureInfo.InvariantCulture))));
            }
        }

        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return found;
    }

    /// <summary>
    /// Every key under which a source's figures can be found: a dollar amount is also a plain amount, a day also
    /// names its month, its year and its day of the year, a month its year; every numeral is also kept as written.
    /// </summary>
    public static HashSet<string> KeysOf(string sourceText)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var text = Unglue(sourceText);
        var masked = NotFactsInSources().Matches(text).Select(m => (m.Index, m.Length));
        foreach (var f in Find(text, masked))
        {
            keys.Add(f.Key);
            if (f.Written is { } w)
                keys.Add("bare:" + w);
            switch (f.Kind)
            {
                case FigureKind.Money:
                    keys.Add("n:" + f.Key[2..]);
                    break;
                case FigureKind.Day when f.Key.StartsWith("d:", StringComparison.Ordinal):
                    var ymd = f.Key[2..];
                    keys.Add("m:" + ymd[..7]);
                    keys.Add("y:" + ymd[..4]);
                    keys.Add("bare:" + ymd[..4]);
                    keys.Add("dm:" + ymd[5..]);
                    break;
                case FigureKind.Month:
                    keys.Add("y:" + f.Key[2..6]);
                    keys.Add("bare:" + f.Key[2..6]);
                    break;
            }
        }
        return keys;
    }

    /// <summary>
    /// Puts back the spaces that flattening a table took out of a source's text ("Llama 1Feb 202365B2KBelow"
    /// becomes "Llama 1 Feb 2023 65B 2K Below"), so its figures read as they did in the table's cells.
    /// </summary>
    public static string Unglue(string text)
    {
        text = GluedBeforeMonth().Replace(text, "$1 ");
        text = GluedAfterYear().Replace(text, "$1 ");
        text = GluedAfterScale().Replace(text, "$1 ");
        return text;
    }

    // Reference numbers ("[11]", "[^12]"), numbered-list numbers and addresses say nothing about the subject.
    [GeneratedRegex(@"\[\^?\d+\]|(?m)^\s*\d+\.\s|https?://\S+")]
    private static partial Regex NotFactsInSources();

    [GeneratedRegex(@"(\d)(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)")]
    private static partial Regex GluedBeforeMonth();

    [GeneratedRegex(@"(\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})(?=[\dA-Za-z])")]
    private static partial Regex GluedAfterYear();

    [GeneratedRegex(@"(\d[KMB]\+?)(?=\d|[A-Z][a-z])")]
    private static partial Regex GluedAfterScale();

    private static decimal Scale(string scale) => scale.Trim().TrimStart('-').Trim() switch
    {
        "trillion" or "tn" or "T" => 1_000_000_000_000m,
        "billion" or "bn" or "B" => 1_000_000_000m,
        "million" or "M" => 1_000_000m,
        "thousand" or "K" or "k" => 1_000m,
        _ => 1m,
    };

    private static string Normal(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string? Date(string year, string month, string? day)
    {
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12)
            return null;
        if (day is null)
            return $"m:{year}-{m:00}";
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return d is < 1 or > 31 ? null : $"d:{year}-{m:00}-{d:00}";
    }

    private static string MonthNumber(string name) => name[..3] switch
    {
        "Jan" => "01",
        "Feb" => "02",
        "Mar" => "03",
        "Apr" => "04",
        "May" => "05",
        "Jun" => "06",
        "Jul" => "07",
        "Aug" => "08",
        "Sep" => "09",
        "Oct" => "10",
        "Nov" => "11",
        _ => "12",
    };

    private static bool Free(bool[] taken, Match m)
    {
        for (var i = m.Index; i < m.Index + m.Length; i++)
        {
            if (taken[i])
                return false;
        }
        return true;
    }

    private static void Take(bool[] taken, int start, int length)
    {
        for (var i = start; i < Math.Min(taken.Length, start + length); i++)
            taken[i] = true;
    }

    private static void Add(List<Figure> found, bool[] taken, Match m, FigureKind kind, string key, string? written)
    {
        Take(taken, m.Index, m.Length);
        found.Add(new Figure(m.Value, m.Index, m.Length, kind, key, written));
    }
}
