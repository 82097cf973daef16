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

        var (pages, broken, checkedLinks) = OutputLinks.Follow(site.Output);
        Assert.Empty(broken);
        Assert.True(checkedLinks > 40, $"only {checkedLinks} links checked");

        var top = pages["index.html"].QuerySelectorAll("main ul.folder-list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/part-two/", "part-two/"), ("/getting-started/", "Getting started"), ("/introduction/", "Introduction"), ("/SUMMARY/", "Summary")], top);
        Assert.Equal(["/part-two/details/"], pages["part-two/index.html"].QuerySelectorAll("main ul.folder-list a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(pages.Values.SelectMany(p => p.QuerySelectorAll("a[href]")), a => a.GetAttribute("href")!.Contains("/sources/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_folder_of_other_files_gets_a_listing_as_GitHub_shows_one()
    {
        using var site = new TestSite()
            .Write("input/index.md", "# Home\n\nThe [code](src) and [its tests](src/tests/).\n")
            .Write("input/src/main.go", "package main\n")
            .Write("input/src/tests/main_test.go", "package main\n");
        var run = site.Build(strict: true);
        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());

        var (pages, broken, _) = OutputLinks.Follow(site.Output);
        Assert.Empty(broken);
        Assert.Equal(["/src/tests/", "/src/main.go"], pages["src/index.html"].QuerySelectorAll("main ul.folder-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/src/tests/main_test.go"], pages["src/tests/index.html"].QuerySelectorAll("main ul.folder-list a").Select(a => a.GetAttribute("href")));
    }
}
