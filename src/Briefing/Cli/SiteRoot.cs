namespace Briefing.Cli;

/// <summary>Finds the repository root when --root is not given: the nearest folder up from here holding Site.sln.</summary>
public static class SiteRoot
{
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
                return folder.FullName;
        }
        return start;
    }
}
