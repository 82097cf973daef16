using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>
/// A folder with no index page (an mdBook <c>src/</c> folder: SUMMARY.md, chapters, images) builds with
/// a generated page for each folder, and every href, src and srcset of every output file resolves,
/// the layout's included: the theme links only to pages that exist.
/// </summary>
public sealed class FolderWithoutIndexTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "mdbook-src");

    [Fact]
    public void Every_href_src_and_srcset_of_every_output_file_resolves_and_each_folder_has_a_page()
    {
        using var site = new TestSite();
        foreach (var file in Directory.EnumerateFiles(Fixture, "*", SearchOption.AllDirectories))
            site.WriteBytes(Path.Combine("input", Path.GetRelativePath(Fixture, file)), File.ReadAllBytes(file));
        var run = site.Build(strict: true);
        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());

        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'), p => (IDocument)parser.ParseDocument(File.ReadAllText(p)));
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (file, page) in pages)
        {
            var pageUrl = new Uri("https://briefing.test/" + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file));
            var urls = page.QuerySelectorAll("[href], [src], [srcset]").SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }
                .Concat((e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0])))
                .OfType<string>();
            foreach (var url in urls)
            {
                var target = new Uri(pageUrl, url);
                if (target.Host != pageUrl.Host)
                    continue;
                checkedLinks++;
                var path = Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/');
                var targetFile = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (!File.Exists(Path.Combine(site.Output, targetFile)))
                    broken.Add($"{file}: {url}");
                else if (fragment.Length > 0 && fragment != "top" && pages.TryGetValue(targetFile, out var targetPage) && targetPage.GetElementById(fragment) is null)
                    broken.Add($"{file}: {url} (no such id)");
            }
        }
        Assert.Empty(broken);
        Assert.True(checkedLinks > 40, $"only {checkedLinks} links checked");

        var top = pages["index.html"].QuerySelectorAll("main ul.folder-list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/part-two/", "part-two/"), ("/getting-started/", "Getting started"), ("/introduction/", "Introduction"), ("/SUMMARY/", "Summary")], top);
        Assert.Equal(["/part-two/details/"], pages["part-two/index.html"].QuerySelectorAll("main ul.folder-list a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(pages.Values.SelectMany(p => p.QuerySelectorAll("a[href]")), a => a.GetAttribute("href")!.Contains("/sources/", StringComparison.Ordinal));
    }
}
