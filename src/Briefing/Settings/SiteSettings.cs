namespace Briefing.Settings;

/// <summary>Where the site is and how to build it: the CLI's options, resolved to full paths.</summary>
public sealed record SiteSettings
{
    /// <summary>The site folder holding input/ and theme/; diagnostics name files relative to it.</summary>
    public required string RootFolder { get; init; }

    public required string InputFolder { get; init; }

    public required string ThemeFolder { get; init; }

    public required string OutputFolder { get; init; }

    /// <summary>
    /// The public address from --base-url, without a trailing slash, for canonical URLs, the sitemap and the
    /// feed; it overrides site.yml's <c>url</c>. With neither, the build writes no absolute URL at all.
    /// </summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>The address absolute URLs start with: --base-url, else site.yml's url, else none.</summary>
    public string? AddressOf(Data.SiteInfo? site) => BaseUrl ?? site?.Url?.TrimEnd('/');

    public bool Strict { get; init; }

    public static SiteSettings ForRoot(string root, string? input = null, string? output = null) => new()
    {
        RootFolder = Path.GetFullPath(root),
        InputFolder = Path.GetFullPath(input ?? Path.Combine(root, "input")),
        ThemeFolder = Path.GetFullPath(Path.Combine(root, "theme")),
        OutputFolder = Path.GetFullPath(output ?? Path.Combine(root, "output")),
    };

    /// <summary>A path as diagnostics print it: relative to the root when inside it, with '/' separators.</summary>
    public string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(RootFolder, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }
}
