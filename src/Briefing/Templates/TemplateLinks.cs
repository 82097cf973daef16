using System.Net;
using System.Text.RegularExpressions;
using Briefing.Engine.Diagnostics;
using Briefing.Settings;

namespace Briefing.Templates;

/// <summary>
/// Where in the templates a link on a finished page was written: every <c>href</c>, <c>src</c> and
/// <c>srcset</c> attribute of every layout and partial, read as a pattern (its text literal, each
/// <c>{{ … }}</c> anything), so that <c>/sources/#source-x</c> is found at
/// <c>href="/sources/#source-{{ note.source.id }}"</c>. Read only when a link is broken.
/// </summary>
public sealed partial class TemplateLinks
{
    private sealed record Written(SourceLocation Location, Regex Pattern, int LiteralLength, string Layout);

    private readonly List<Written> _written = [];

    /// <summary>The templates of <paramref name="site"/>, a file in input/ hiding the theme's of the same path.</summary>
    public TemplateLinks(SiteSettings site)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { site.InputFolder, site.ThemeFolder })
        {
            foreach (var kind in new[] { "layouts", "partials" })
            {
                var path = Path.Combine(folder, kind);
                if (!Directory.Exists(path))
                    continue;
                foreach (var file in Directory.EnumerateFiles(path, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                    if (seen.Add(relative))
                        Read(site.DisplayPath(file), kind == "layouts" ? Path.GetFileNameWithoutExtension(file) : "", File.ReadAllText(file));
                }
            }
        }
    }

    /// <summary>
    /// The attribute that most probably wrote <paramref name="url"/> (the most literal text matched; on a
    /// tie, one in the page's own layout), or null when none, or several equally vague ones, could have.
    /// </summary>
    public SourceLocation? Find(string url, string layout)
    {
        var candidates = _written.Where(w => w.Pattern.IsMatch(url)).ToList();
        if (candidates.Count == 0)
            return null;
        var best = candidates.Max(c => c.LiteralLength);
        var chosen = candidates.Where(c => c.LiteralLength == best).ToList();
        if (chosen.Count > 1 && chosen.Where(c => c.Layout == layout).ToList() is { Count: > 0 } own)
            chosen = own;
        return best == 0 && chosen.Count > 1 ? null : chosen[0].Location;
    }

    private void Read(string file, string layout, string text)
    {
        foreach (Match attribute in Attribute().Matches(text))
        {
            var value = attribute.Groups["value"];
            var parts = Expression().Split(value.Value);
            var literal = string.Join(".*?", parts.Select(p => Regex.Escape(WebUtility.HtmlDecode(p))));
            var isSrcset = attribute.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase);
            var pattern = new Regex("^" + literal + (isSrcset ? "" : "$"), RegexOptions.Singleline | RegexOptions.CultureInvariant);
            var line = 1 + text.AsSpan(0, value.Index).Count('\n');
            var column = value.Index - (text.LastIndexOf('\n', Math.Max(0, value.Index - 1)) + 1) + 1;
            _written.Add(new Written(new SourceLocation(file, line, column), pattern, parts.Sum(p => p.Length), layout));
        }
    }

    [GeneratedRegex("""\s(?<name>href|src|srcset)\s*=\s*(?<q>["'])(?<value>(?:\{\{.*?\}\}|.)*?)\k<q>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Expression();
}
