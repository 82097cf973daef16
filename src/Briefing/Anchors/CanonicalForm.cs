using System.Globalization;
using System.Text;

namespace Briefing.Anchors;

/// <summary>
/// Unicode's canonical decomposition (NFD), so that text typed composed ("ü") and decomposed ("u" and a
/// combining diaeresis) compare equal: two strings are canonically equivalent exactly when their NFDs
/// are equal. The build runs with invariant globalization, where <see cref="string.Normalize()"/> does
/// nothing, so the data comes with the program (UnicodeCanonical.txt, generated from Unicode's).
/// </summary>
public static class CanonicalForm
{
    private const int HangulFirst = 0xAC00, HangulCount = 11172, LeadFirst = 0x1100, VowelFirst = 0x1161, TrailFirst = 0x11A7;
    private const int VowelCount = 21, TrailCount = 28;

    private static readonly Lazy<(Dictionary<int, int[]> Decompositions, Dictionary<int, byte> Classes)> Data = new(Load);

    public static string Decomposed(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u00BF'))
            return text; // nothing below U+00C0 decomposes or combines
        var (decompositions, classes) = Data.Value;
        var codePoints = new List<int>(text.Length + 4);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value is >= HangulFirst and < HangulFirst + HangulCount)
            {
                var index = value - HangulFirst;
                codePoints.Add(LeadFirst + index / (VowelCount * TrailCount));
                codePoints.Add(VowelFirst + index % (VowelCount * TrailCount) / TrailCount);
                if (index % TrailCount != 0)
                    codePoints.Add(TrailFirst + index % TrailCount);
            }
            else if (decompositions.TryGetValue(value, out var parts))
            {
                codePoints.AddRange(parts);
            }
            else
            {
                codePoints.Add(value);
            }
        }

        // Canonical order: within each run of combining marks, a stable sort by combining class.
        for (var i = 1; i < codePoints.Count; i++)
        {
            var mark = classes.GetValueOrDefault(codePoints[i]);
            for (var j = i; mark != 0 && j > 0 && classes.GetValueOrDefault(codePoints[j - 1]) > mark; j--)
                (codePoints[j - 1], codePoints[j]) = (codePoints[j], codePoints[j - 1]);
        }

        var decomposed = new StringBuilder(codePoints.Count);
        foreach (var codePoint in codePoints)
            decomposed.Append(char.ConvertFromUtf32(codePoint));
        return decomposed.ToString();
    }

    private static (Dictionary<int, int[]>, Dictionary<int, byte>) Load()
    {
        var decompositions = new Dictionary<int, int[]>();
        var classes = new Dictionary<int, byte>();
        using var stream = typeof(CanonicalForm).Assembly.GetManifestResourceStream("Briefing.UnicodeCanonical.txt")
            ?? throw new InvalidOperationException("UnicodeCanonical.txt is not embedded in the program");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(' ');
            if (fields[0] == "D")
            {
                decompositions[Hex(fields[1])] = fields[2..].Select(Hex).ToArray();
            }
            else if (fields[0] == "C")
            {
                var range = fields[1].Split("..");
                var (first, last) = (Hex(range[0]), Hex(range[^1]));
                for (var codePoint = first; codePoint <= last; codePoint++)
                    classes[codePoint] = byte.Parse(fields[2], CultureInfo.InvariantCulture);
            }
        }
        return (decompositions, classes);
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
