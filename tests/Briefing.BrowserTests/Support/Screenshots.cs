using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>Where the full-page screenshots of a run go: bin/screenshots/ beside the test project, emptied per run.</summary>
public static class Screenshots
{
    // AppContext.BaseDirectory is bin/<configuration>/<framework>/; two levels up is the project's bin/.
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "screenshots"));

    public static void Clear()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
        Directory.CreateDirectory(Folder);
    }

    public static string PathFor(SitePage page, Viewport viewport, ColorScheme scheme)
    {
        var name = page.ExpectedStatus == 200 ? page.UrlPath.Trim('/').Replace('/', '-') : Path.GetFileNameWithoutExtension(page.File);
        return Path.Combine(Folder, $"{(name.Length == 0 ? "home" : name)}--{viewport.Name}-{BrowserWindow.Name(scheme)}.png");
    }
}
