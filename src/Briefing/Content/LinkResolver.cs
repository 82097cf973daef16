using System.Text.RegularExpressions;

namespace Briefing.Content;

/// <summary>Where a link written in a page points on the site, or why it points nowhere.</summary>
/// <param name="Href">What the published page links to.</param>
/// <param name="TargetPath">The site path to check ("/notes/x/", "/img/a.png"); null for an external link.</param>
/// <param name="Problem">Set when the link is broken: what to tell the editor.</param>
public sealed record ResolvedLink(string Href, string? TargetPath, string? Fragment, string? Problem)
{
    public bool IsExternal => TargetPath is null && Problem is null;
}

/// <summary>
/// Resolves links as GitHub does: relative to the Markdown file's own folder, whatever depth its
/// pretty URL has; a link to a <c>.md</c> file becomes a link to that file's page, fragment kept.
/// </summary>
public sealed partial class LinkResolver(InputIndex index)
{
    public ResolvedLink Resolve(string url, PageSource page, string pageUrl)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || Scheme().IsMatch(trimmed) || trimmed.StartsWith("//", StringComparison.Ordinal))
            return new ResolvedLink(trimmed, null, null, null);

        var hash = trimmed.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(trimmed[(hash + 1)..]) : null;
        var pathAndQuery = hash >= 0 ? trimmed[..hash] : trimmed;
        var questionMark = pathAndQuery.IndexOf('?');
        var query = questionMark >= 0 ? pathAndQuery[questionMark..] : "";
        var path = Uri.UnescapeDataString(questionMark >= 0 ? pathAndQuery[..questionMark] : pathAndQuery);
        var suffix = query + (fragment is null ? "" : "#" + Uri.EscapeDataString(fragment));

        if (path.Length == 0)
            return new ResolvedLink(trimmed, pageUrl, fragment, null);

        // A root-relative link means the repository's root on GitHub and the site's root here: the same
        // files when the input folder is the repository. One that names no input file is a site path
        // (a generated page, an asset), left for the link check of the finished site.
        var rootRelative = path.StartsWith('/');
        var combined = Normalize(rootRelative || page.Folder.Length == 0 ? path : $"{page.Folder}/{path}");
        if (combined is null)
            return Broken(trimmed, $"'{url}' points outside the input folder");
        if (rootRelative && !index.HasFile(combined) && !(InputIndex.IsMarkdown(combined) && index.PageUrlOf(combined) is not null))
            return new ResolvedLink(trimmed, path, fragment, null);

        if (InputIndex.IsMarkdown(combined))
        {
            return index.PageUrlOf(combined) is { } target
                ? new ResolvedLink(target + suffix, target, fragment, null)
                : Broken(trimmed, $"'{url}' links to '{combined}', which is not in the input folder");
        }
        if (index.HasFile(combined))
            return new ResolvedLink(FileHref(combined) + suffix, "/" + combined, fragment, null);
        if ((path.EndsWith('/') || combined.Length == 0 || index.HasFolder(combined)) && index.FolderPageUrl(combined) is { } folderPage)
            return new ResolvedLink(folderPage + suffix, folderPage, fragment, null);
        // A folder of other files (source code, images): GitHub shows its listing, and so does the site (CreateFolderPages).
        if (index.HasFolder(combined))
            return new ResolvedLink(FileHref(combined) + "/" + suffix, $"/{combined}/", fragment, null);
        return Broken(trimmed, $"'{url}' points at '{combined}', which is not in the input folder");
    }

    /// <summary>The address of an input file copied as it is: its path, each segment escaped.</summary>
    public static string FileHref(string inputPath) => "/" + string.Join('/', inputPath.Split('/').Select(Uri.EscapeDataString));

    private static ResolvedLink Broken(string href, string problem) => new(href, null, null, problem);

    /// <summary>Folds "." and ".." segments; null when the path climbs above the input folder.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (parts.Count == 0)
                    return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
