using System.Globalization;
using Briefing.Yaml;

namespace Briefing.Data;

/// <summary>A date as precise as a source gives it: a year, a month or a day (2025, 2025-04, 2026-07-01).</summary>
public sealed record PartialDate(int Year, int? Month, int? Day) : IYamlScalar<PartialDate>, IComparable<PartialDate>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static string Expected => "a date written YYYY, YYYY-MM or YYYY-MM-DD";

    public static PartialDate? Parse(string text)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
            return null;
        if (!parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            return null;
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(numbers[0], month!.Value))))
            return null;
        return new PartialDate(numbers[0], month, day);
    }

    /// <summary>The machine form, for &lt;time datetime&gt;.</summary>
    public string Iso => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    /// <summary>The reader's form: "1 July 2026", "April 2025", "2024".</summary>
    public string Display => Day is not null ? $"{Day} {MonthNames[Month!.Value - 1]} {Year}" : Month is not null ? $"{MonthNames[Month.Value - 1]} {Year}" : $"{Year}";

    public int CompareTo(PartialDate? other) =>
        other is null ? 1 : (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public override string ToString() => Iso;
}
