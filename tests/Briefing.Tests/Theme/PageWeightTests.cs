using System.IO.Compression;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>The theme's budget: each page's HTML with the CSS and JS it loads stays under 50 KB gzipped, with no render-blocking script.</summary>
[Collection(RealSiteCollection.Name)]
public sealed class PageWeightTests(RealSite built)
{
    private const int BudgetBytes = 50 * 1024;

    private static long GzipSize(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(bytes);
        return compressed.Length;
    }

    [Fact]
    public void Every_page_with_its_css_and_js_is_under_50_KB_gzipped()
    {
        var parser = new HtmlParser();
        var over = new List<string>();
        foreach (var file in built.HtmlFiles)
        {
            var html = File.ReadAllBytes(file);
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(html));
            var assets = document.QuerySelectorAll("link[rel=stylesheet], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Select(url => File.ReadAllBytes(Path.Combine(built.Site.Output, url.TrimStart('/'))));
            var total = GzipSize(html) + assets.Sum(GzipSize);
            if (total > BudgetBytes)
                over.Add($"{Path.GetRelativePath(built.Site.Output, file)}: {total / 1024.0:0.0} KB");
            Assert.All(document.QuerySelectorAll("script[src]"), s => Assert.True(s.HasAttribute("defer") || s.HasAttribute("async"), $"{file}: render-blocking script"));
        }
        Assert.Empty(over);
    }
}
