using System.IO.Hashing;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;

namespace Briefing.Modules;

/// <summary>
/// Publishes each asset under a name carrying a hash of its bytes (site.css as site.3f9a1c2e.css),
/// so hosts can cache it forever: a changed file gets a new name. Templates ask for the original
/// path through <c>asset "/assets/css/site.css"</c> and get the fingerprinted one.
/// </summary>
public sealed class FingerprintAssets : ParallelModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var path = input.Destination ?? input.Get(SiteKeys.PageSource).InputPath;
        var bytes = input.Content is FileContent file ? File.ReadAllBytes(file.FullPath) : System.Text.Encoding.UTF8.GetBytes(input.Content.ReadText());
        // A name that changes with the bytes is all a cache needs: xxHash, not SHA-256, whose library (OpenSSL) took
        // milliseconds to load in every build.
        var hash = Convert.ToHexStringLower(XxHash128.Hash(bytes))[..8];
        var extension = Path.GetExtension(path);
        var fingerprinted = $"{path[..^extension.Length]}.{hash}{extension}";
        yield return input.WithDestination(fingerprinted).With(SiteKeys.AssetUrl, "/" + path);
    }

    /// <summary>"/assets/css/site.css" to "/assets/css/site.3f9a1c2e.css", for every asset of the given documents.</summary>
    public static IReadOnlyDictionary<string, string> MapOf(IEnumerable<Document> assets) =>
        assets.Where(a => a.Has(SiteKeys.AssetUrl) && a.Destination is not null)
            .ToDictionary(a => a.Get(SiteKeys.AssetUrl), a => "/" + a.Destination, StringComparer.Ordinal);
}
