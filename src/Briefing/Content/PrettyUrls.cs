namespace Briefing.Content;

/// <summary>
/// Where a Markdown file is published: <c>notes/x.md</c> at <c>/notes/x/</c> (notes/x/index.html),
/// <c>notes/index.md</c> at <c>/notes/</c>, and <c>README.md</c> as its folder's index when there is no index.md, as GitHub shows it.
/// </summary>
public static class PrettyUrls
{
    public static string UrlOf(string inputPath, bool readmeIsIndex)
    {
        var withoutExtension = inputPath[..^Path.GetExtension(inputPath).Length];
        var name = Path.GetFileName(withoutExtension);
        var folder = withoutExtension[..^name.Length];
        var isIndex = IsIndexName(inputPath)
            || (readmeIsIndex && name.Equals("readme", StringComparison.OrdinalIgnoreCase));
        return "/" + (isIndex ? folder : withoutExtension + "/");
    }

    /// <summary>index.md in any case, or Hugo's _index.md: the page of its folder.</summary>
    public static bool IsIndexName(string inputPath) =>
        Path.GetFileNameWithoutExtension(inputPath) is var name
        && (name.Equals("index", StringComparison.OrdinalIgnoreCase) || name.Equals("_index", StringComparison.OrdinalIgnoreCase));

    /// <summary>The file that serves a URL: "/" is index.html, "/notes/x/" is notes/x/index.html.</summary>
    public static string DestinationOf(string url) => url.TrimStart('/') + "index.html";
}
