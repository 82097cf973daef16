namespace Briefing.Templates;

/// <summary>
/// When each template file was last written, by its path inside the theme ("layouts/matrix.sbn"),
/// so a preview rebuild lays out again only the pages whose layout changed (or all, when a partial did).
/// </summary>
public sealed class TemplateVersions(IReadOnlyDictionary<string, string> byPath)
{
    public static readonly TemplateVersions None = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> ByPath { get; } = byPath;

    /// <summary>Every template that is not a layout (partials, which any layout may include), as one string.</summary>
    public string Shared { get; } = string.Join('\n', byPath.Where(p => !p.Key.StartsWith("layouts/", StringComparison.Ordinal)).Select(p => $"{p.Key}|{p.Value}"));

    public string Of(string relativePath) => ByPath.GetValueOrDefault(relativePath, "");

    public bool SameAs(TemplateVersions other) =>
        ByPath.Count == other.ByPath.Count && ByPath.All(p => other.ByPath.TryGetValue(p.Key, out var version) && version == p.Value);
}
