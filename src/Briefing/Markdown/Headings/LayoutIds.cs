using System.Text.RegularExpressions;

namespace Briefing.Markdown.Headings;

/// <summary>
/// The ids a page has besides its headings': those its templates write literally (<c>id="main"</c>, in
/// any layout or partial of the theme, or of the input folder, which may override them), and those of its
/// notes and note markers (<c>note-1</c>, <c>ref-1-1</c>, see <see cref="Note"/>). A content heading that
/// would take one is given a suffix instead, as GitHub suffixes a repeated heading, so that neither the
/// layout's link nor the heading's is captured by the other.
/// </summary>
public sealed partial class LayoutIds
{
    private readonly HashSet<string> _literal;

    private LayoutIds(HashSet<string> literal)
    {
        _literal = literal;
        Signature = string.Join('\n', literal.Order(StringComparer.Ordinal));
    }

    /// <summary>The ids, as one string: equal for equal sets, so a page's rendering can be cached against it.</summary>
    public string Signature { get; }

    public static LayoutIds None { get; } = new([]);

    /// <summary>Reads the literal ids of every template under <c>layouts/</c> and <c>partials/</c> of these folders.</summary>
    public static LayoutIds Scan(params string[] folders)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders.SelectMany(f => new[] { Path.Combine(f, "layouts"), Path.Combine(f, "partials") }).Where(Directory.Exists))
        {
            foreach (var template in Directory.EnumerateFiles(folder, "*.sbn", SearchOption.AllDirectories))
            {
                foreach (Match id in LiteralId().Matches(File.ReadAllText(template)))
                    ids.Add(id.Groups["id"].Value);
            }
        }
        return new LayoutIds(ids);
    }

    public bool Contains(string id) => _literal.Contains(id) || NoteId().IsMatch(id);

    /// <summary>An id attribute whose value is all literal text (no <c>{{ }}</c>).</summary>
    [GeneratedRegex("""\sid\s*=\s*(?:"(?<id>[^"{}]+)"|'(?<id>[^'{}]+)')""")]
    private static partial Regex LiteralId();

    /// <summary>The ids <see cref="Note"/> gives notes and their markers.</summary>
    [GeneratedRegex("^(?:note-[0-9]+|ref-[0-9]+-[0-9]+)$")]
    private static partial Regex NoteId();
}
