namespace Briefing.BrowserTests.Support;

/// <summary>A built HTML page, the URL path it is visited at, and the status the server should answer with.</summary>
public sealed record SitePage(string File, string UrlPath, int ExpectedStatus)
{
    /// <summary>The 404 page is visited where people meet it: at an address that does not exist.</summary>
    public const string MissingPath = "/no-such-page/";

    /// <summary>Every index.html as its folder's URL, plus 404.html, from a build's output folder.</summary>
    public static IReadOnlyList<SitePage> InOutput(string outputFolder)
    {
        var pages = Directory.EnumerateFiles(outputFolder, "index.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(outputFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(file => new SitePage(file, "/" + file[..^"index.html".Length], 200))
            .OrderBy(page => page.UrlPath, StringComparer.Ordinal)
            .ToList();
        if (System.IO.File.Exists(Path.Combine(outputFolder, "404.html")))
            pages.Add(new SitePage("404.html", MissingPath, 404));
        return pages;
    }

    /// <summary>How reports name the page: its URL, and for the 404 page which file answered.</summary>
    public override string ToString() => ExpectedStatus == 200 ? UrlPath : $"{File} (at {UrlPath})";
}
