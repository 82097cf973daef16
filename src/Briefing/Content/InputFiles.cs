using Briefing.Settings;

namespace Briefing.Content;

/// <summary>
/// Which files of a folder belong to the site: every file below it except hidden ones, those in a folder
/// whose name starts with '.', and the output folder when it sits inside. The one listing rule of a build.
/// </summary>
public static class InputFiles
{
    /// <summary>Full paths with their path relative to the folder ('/' separators), in ordinal order of the relative path.</summary>
    public static IEnumerable<(string Full, string Relative)> Under(SiteSettings site, string folder)
    {
        if (!Directory.Exists(folder))
            return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        var output = site.OutputFolder + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(p => !p.StartsWith(output, StringComparison.Ordinal))
            .Select(p => (Full: p, Relative: Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
    }
}
