namespace Briefing.Yaml;

/// <summary>Finds the known name an editor most likely meant, for "did you mean" hints.</summary>
public static class Nearest
{
    public static string? Match(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, typed.Length / 2) ? best.Name : null;
    }

    /// <summary>A near miss only: at most two edits away, for a key that is allowed to be anything (kept, not rejected).</summary>
    public static string? Typo(string typed, IEnumerable<string> known) =>
        typed.Length >= 4 && Match(typed, known) is { } near && Distance(typed.ToLowerInvariant(), near.ToLowerInvariant()) <= 2 ? near : null;

    public static string Hint(string typed, IEnumerable<string> known) =>
        Match(typed, known) is { } near ? $"; did you mean '{near}'?" : "";

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
