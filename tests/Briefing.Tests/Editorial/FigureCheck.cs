using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Editorial;

/// <summary>A figure of the site that no source it cites gives, at the line and column where it was written.</summary>
public sealed record FigureViolation(string File, int Line, int Column, string Figure, IReadOnlyList<string> Sources)
{
    public override string ToString() => Sources.Count == 0
        ? $"{File}({Line},{Column}): figure '{Figure}' is in text that cites no source"
        : $"{File}({Line},{Column}): figure '{Figure}' not found in cited sources {string.Join(", ", Sources)}";
}

/// <summary>
/// The figure check: every number, amount, percentage, date and numbered name in cited text must appear in the
/// text of at least one source that text cites.
/// <list type="bullet">
/// <item>Markdown (input/**/*.md, front matter aside): a figure answers to the first citation marker after it in
/// its sentence; after the sentence's last marker, to all the sentence's markers; in a sentence with none, to
/// the markers of its paragraph (list item, table row, footnote). A figure in a block that cites nothing at all
/// is reported too: every figure needs a source.</item>
/// <item>Data (input/data/*.yml, read as plain YAML): every mapping with <c>sources:</c> is a cited item, and
/// every scalar in it (nested cited items aside) answers to those sources. The other scalars of a mapping that
/// holds cited items (a matrix row's name) answer to all the sources cited inside it. A bare number
/// (<c>low: 37</c>) takes its unit from its field, so it matches a numeral written so in the source
/// ("$37 billion").</item>
/// </list>
/// Not figures: number words that count the site's own material ("five sources", "eight use cases"; a number
/// word with a scale or "percent", "three billion", is a figure), ordered-list numbers, footnote labels,
/// citation locators, link targets, and the phrases of <see cref="Allowed"/>. Numbered names ("Llama 4.1",
/// "GPT-5", "H100s") are figures: the whole name must appear in a cited source.
/// </summary>
public static partial class FigureCheck
{
    /// <summary>
    /// Numbers that are not facts, with the reason each is allowed. Keep this short: a figure that is a fact
    /// belongs in a source, not here.
    /// </summary>
    public static readonly IReadOnlyList<(Regex Phrase, string Why)> Allowed =
    [
    ];

    public static List<FigureViolation> Run(string siteRoot, SourceTexts sources)
    {
        var input = Path.Combine(siteRoot, "input");
        var found = new List<FigureViolation>();
        foreach (var page in Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            found.AddRange(CheckMarkdown(Relative(siteRoot, page), File.ReadAllText(page), sources));
        var data = Path.Combine(input, "data");
        if (Directory.Exists(data))
        {
            foreach (var file in Directory.EnumerateFiles(data, "*.yml").Order(StringComparer.Ordinal))
                found.AddRange(CheckYaml(Relative(siteRoot, file), File.ReadAllText(file), sources));
        }
        return found;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    // ---- Markdown ----

    private sealed class Block
    {
        public List<(int Line, string Text)> Lines { get; } = [];
    }

    [GeneratedRegex(@"^(#{1,6}\s|[-*+]\s|\d+[.)]\s|\||\[\^[^\]]+\]:)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"\[@[^\]\n]*\]")]
    private static partial Regex Marker();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"@([A-Za-z0-9_.:-]+)")]
    private static partial Regex MarkerId();

    [GeneratedRegex(@"\[\^[^\]\n]+\]:?|\]\([^)\n]*\)|https?://\S+|<!--.*?-->|(?m)^\s*\d+[.)]\s|^\|?[\s|:-]+\|[\s|:-]*$")]
    private static partial Regex NotFigures();

    public static List<FigureViolation> CheckMarkdown(string file, string text, SourceTexts sources)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            first = end < 0 ? lines.Length : end + 1;
        }

        var blocks = new List<Block>();
        Block? current = null;
        var fenced = false;
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                current = null;
                continue;
            }
            if (fenced || line.Trim().Length == 0)
            {
                current = null;
                continue;
            }
            if (current is null || BlockStart().IsMatch(line.TrimStart()))
            {
                current = new Block();
                blocks.Add(current);
            }
            current.Lines.Add((i + 1, line));
        }

        var found = new List<FigureViolation>();
        foreach (var block in blocks)
            found.AddRange(CheckBlock(file, block, sources));
        return found;
    }

    private static IEnumerable<FigureViolation> CheckBlock(string file, Block block, SourceTexts sources)
    {
        var starts = new List<int>();
        var joined = new System.Text.StringBuilder();
        foreach (var (_, line) in block.Lines)
        {
            if (joined.Length > 0)
                joined.Append('\n');
            starts.Add(joined.Length);
            joined.Append(line);
        }
        var text = joined.ToString();

        var markers = new List<(int Start, int End, string[] Ids)>();
        var masked = new List<(int, int)>();
        foreach (Match m in Marker().Matches(text))
        {
            var ids = MarkerId().Matches(Quoted().Replace(m.Value, "")).Select(x => x.Groups[1].Value.TrimEnd('.', ':')).ToArray();
            markers.Add((m.Index, m.Index + m.Length, ids));
            masked.Add((m.Index, m.Length));
        }
        foreach (Match m in NotFigures().Matches(text))
            masked.Add((m.Index, m.Length));
        foreach (var (phrase, _) in Allowed)
        {
            foreach (Match m in phrase.Matches(text))
                masked.Add((m.Index, m.Length));
        }

        var sentences = Sentences(text);
        var blockIds = markers.SelectMany(m => m.Ids).Distinct().ToList();
        foreach (var figure in Figures.Find(text, masked))
        {
            var (from, to) = sentences.First(s => figure.Start >= s.Start && figure.Start < s.End);
            var inSentence = markers.Where(m => m.Start >= from && m.Start < to).ToList();
            var next = inSentence.FirstOrDefault(m => m.Start >= figure.Start + figure.Length);
            List<string> ids = next.Ids is { } own ? [.. own.Distinct()]
                : inSentence.Count > 0 ? [.. inSentence.SelectMany(m => m.Ids).Distinct()]
                : blockIds;
            if (ids.Any(id => Found(sources, id, figure.Key)))
                continue;
            var lineIndex = starts.FindLastIndex(s => s <= figure.Start);
            var (lineNumber, _) = block.Lines[lineIndex];
            yield return new FigureViolation(file, lineNumber, figure.Start - starts[lineIndex] + 1, figure.Text, ids);
        }
    }

    private static bool Found(SourceTexts sources, string id, string key) => sources.Contains(id, key);

    [GeneratedRegex(@"(?<!\b(?:e\.g|i\.e|vs|etc|U\.S|Mr|Ms|Dr|St|No|approx|cf))[.!?](?=\s+[\p{Lu}\d\[*""'(])")]
    private static partial Regex SentenceEnd();

    private static List<(int Start, int End)> Sentences(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            result.Add((start, m.Index + 1));
            start = m.Index + 1;
        }
        result.Add((start, text.Length + 1));
        return result;
    }

    // ---- Data ----

    [GeneratedRegex(@"^\d+(?:\.\d+)?$")]
    private static partial Regex BareNumber();

    public static List<FigureViolation> CheckYaml(string file, string text, SourceTexts sources)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var found = new List<FigureViolation>();
        foreach (var document in stream.Documents)
            Walk(file, document.RootNode, sources, found);
        return found;
    }

    private static void Walk(string file, YamlNode node, SourceTexts sources, List<FigureViolation> found)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var child in sequence)
                    Walk(file, child, sources, found);
                break;
            case YamlMappingNode mapping:
                var own = SourcesOf(mapping);
                var ids = own ?? [.. Descendants(mapping).SelectMany(m => SourcesOf(m) ?? []).Distinct()];
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value;
                    if (name is "sources" or "id")
                        continue;
                    if (own is not null)
                        CheckCited(file, value, ids, sources, found);
                    else if (value is YamlScalarNode scalar && ids.Count > 0)
                        CheckScalar(file, scalar, ids, sources, found);
                    else
                        Walk(file, value, sources, found);
                }
                break;
        }
    }

    /// <summary>Every scalar under a cited item, except inside nested items that cite sources of their own.</summary>
    private static void CheckCited(string file, YamlNode node, List<string> ids, SourceTexts sources, List<FigureViolation> found)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                CheckScalar(file, scalar, ids, sources, found);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence)
                    CheckCited(file, child, ids, sources, found);
                break;
            case YamlMappingNode mapping when SourcesOf(mapping) is not null:
                Walk(file, mapping, sources, found);
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if ((key as YamlScalarNode)?.Value is not ("sources" or "id"))
                        CheckCited(file, value, ids, sources, found);
                }
                break;
        }
    }

    private static void CheckScalar(string file, YamlScalarNode scalar, List<string> ids, SourceTexts sources, List<FigureViolation> found)
    {
        var value = scalar.Value ?? "";
        var line = (int)scalar.Start.Line;
        var column = (int)scalar.Start.Column + (scalar.Style is YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.SingleQuoted ? 1 : 0);
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && BareNumber().IsMatch(value))
        {
            var key = "bare:" + decimal.Parse(value, CultureInfo.InvariantCulture).ToString("0.##########", CultureInfo.InvariantCulture);
            if (!ids.Any(id => Found(sources, id, key)))
                found.Add(new FigureViolation(file, line, column, value, ids));
            return;
        }
        var masked = Allowed.SelectMany(a => a.Phrase.Matches(value).Select(m => (m.Index, m.Length)));
        foreach (var figure in Figures.Find(value, masked))
        {
            if (!ids.Any(id => Found(sources, id, figure.Key)))
                found.Add(new FigureViolation(file, line, column + figure.Start, figure.Text, ids));
        }
    }

    private static List<string>? SourcesOf(YamlMappingNode mapping)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode("sources"), out var node))
            return null;
        return node switch
        {
            // A list of ids, or of references with an id (and perhaps a locator).
            YamlSequenceNode list => [.. list.Select(IdOf).OfType<string>()],
            YamlScalarNode one => [.. (one.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            _ => [],
        };
    }

    private static string? IdOf(YamlNode reference) => reference switch
    {
        YamlScalarNode s => s.Value,
        YamlMappingNode m when m.Children.TryGetValue(new YamlScalarNode("id"), out var id) => (id as YamlScalarNode)?.Value,
        _ => null,
    };

    private static IEnumerable<YamlMappingNode> Descendants(YamlNode node)
    {
        IEnumerable<YamlNode> children = node switch
        {
            YamlMappingNode m => m.Children.Values,
            YamlSequenceNode s => s.Children,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is YamlMappingNode mapping)
                yield return mapping;
            foreach (var deeper in Descendants(child))
                yield return deeper;
        }
    }
}
