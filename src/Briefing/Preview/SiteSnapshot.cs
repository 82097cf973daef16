using Briefing.Engine.Documents;
using Briefing.Engine.Execution;

namespace Briefing.Preview;

/// <summary>
/// The last good build, held in memory: output path ("notes/x/index.html") to its content.
/// Replaced whole after each successful rebuild, so a request never sees half of two builds.
/// </summary>
public sealed class SiteSnapshot(IReadOnlyDictionary<string, DocumentContent> files)
{
    public static readonly SiteSnapshot Empty = new(new Dictionary<string, DocumentContent>());

    public int Count => files.Count;

    public static SiteSnapshot Of(EngineResult result) =>
        new(result.Outputs.Values
            .SelectMany(documents => documents)
            .Where(d => d.Destination is not null)
            .GroupBy(d => d.Destination!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Content, StringComparer.Ordinal));

    public DocumentContent? Find(string path) => files.GetValueOrDefault(path);

    /// <summary>What a static host serves for a URL path: the file, or the folder's index.html.</summary>
    public (string Path, DocumentContent Content)? Resolve(string urlPath)
    {
        var path = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (path.Split('/').Any(part => part is ".." or "."))
            return null;
        if (path.Length == 0 || path.EndsWith('/'))
            path += "index.html";
        return Find(path) is { } content ? (path, content) : null;
    }
}
