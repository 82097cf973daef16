using Tomlyn;
using Tomlyn.Model;

namespace Briefing.Hosting;

public sealed record HeaderRule(string For, IReadOnlyDictionary<string, string> Values);

public sealed record Redirect(string From, string To, int Status);

/// <summary>
/// What netlify.toml says about serving the site: the publish folder, the headers for each path and
/// the redirects. The preview server and the tests read it, so what an editor sees locally is what
/// Netlify serves.
/// </summary>
public sealed record NetlifyConfig(string Publish, IReadOnlyList<HeaderRule> Headers, IReadOnlyList<Redirect> Redirects)
{
    public static readonly NetlifyConfig None = new("output", [], []);

    public static NetlifyConfig Load(string path)
    {
        if (!File.Exists(path))
            return None;
        var toml = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(path), NetlifyTomlContext.Default)!;
        var build = toml.TryGetValue("build", out var b) ? (TomlTable)b : new TomlTable();
        return new NetlifyConfig(
            build.TryGetValue("publish", out var publish) ? (string)publish : "output",
            Tables(toml, "headers").Select(h => new HeaderRule(
                (string)h["for"],
                ((TomlTable)h["values"]).ToDictionary(v => v.Key, v => v.Value.ToString() ?? "", StringComparer.OrdinalIgnoreCase))).ToList(),
            Tables(toml, "redirects").Select(r => new Redirect(
                (string)r["from"],
                (string)r["to"],
                r.TryGetValue("status", out var status) ? Convert.ToInt32(status, System.Globalization.CultureInfo.InvariantCulture) : 301)).ToList());
    }

    /// <summary>The headers Netlify sends for a path: every matching rule, a later one overriding an earlier one's header.</summary>
    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Headers.Where(r => Matches(r.For, path)))
        {
            foreach (var (name, value) in rule.Values)
                headers[name] = value;
        }
        return headers;
    }

    public Redirect? RedirectFor(string path) =>
        Redirects.FirstOrDefault(r => Matches(r.From, path) || Matches(r.From, path.TrimEnd('/')));

    /// <summary>Netlify's path patterns as this site uses them: exact, or a trailing splat "/*".</summary>
    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith("/*", StringComparison.Ordinal)
            ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) || path == pattern[..^2]
            : string.Equals(pattern, path, StringComparison.Ordinal);

    private static IEnumerable<TomlTable> Tables(TomlTable toml, string key) =>
        toml.TryGetValue(key, out var value) && value is TomlTableArray array ? array : [];
}
