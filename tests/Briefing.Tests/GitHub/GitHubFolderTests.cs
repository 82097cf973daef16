using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>
/// A folder written as a GitHub user writes it (Fixtures/github-folder) builds as it is, and every
/// link, image and fragment in the output lands; planted breaks are reported once each, where written.
/// </summary>
public sealed class GitHubFolderTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "github-folder");

    private static TestSite CopyOfFixture()
    {
        var site = new TestSite();
        foreach (var file in Directory.EnumerateFiles(Fixture, "*", SearchOption.AllDirectories))
            site.WriteBytes(Path.Combine("input", Path.GetRelativePath(Fixture, file)), File.ReadAllBytes(file));
        return site;
    }

    private static Dictionary<string, IDocument> ParseOutput(TestSite site)
    {
        var parser = new HtmlParser();
        return Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'), p => (IDocument)parser.ParseDocument(File.ReadAllText(p)));
    }

    [Fact]
    public void The_folder_builds_as_it_is_and_every_link_image_and_fragment_lands()
    {
        using var site = CopyOfFixture();
        var run = site.Build();
        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());

        var pages = ParseOutput(site);
        var checkedLinks = 0;
        var broken = new List<string>();
        foreach (var (file, page) in pages)
        {
            foreach (var element in page.QuerySelectorAll("main a[href], main img[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                var hash = target.IndexOf('#');
                var path = Uri.UnescapeDataString(hash >= 0 ? target[..hash] : target);
                var fragment = hash >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : null;
                var targetFile = path.Length == 0 ? file : path.TrimStart('/') is var p && (p.Length == 0 || p.EndsWith('/')) ? p + "index.html" : p;
                checkedLinks++;
                if (!File.Exists(Path.Combine(site.Output, targetFile)))
                    broken.Add($"{file}: {target}");
                else if (fragment is not null && pages[targetFile].GetElementById(fragment) is null)
                    broken.Add($"{file}: {target} (no such id)");
            }
        }
        Assert.Empty(broken);
        Assert.True(checkedLinks > 25, $"only {checkedLinks} links checked");

        var home = pages["index.html"];
        Assert.Equal("/guide/setup/", home.QuerySelector("main a[href^='/guide/setup/']")!.GetAttribute("href"));
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/guide/deep-dive/#repeated-heading-1");
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.TextContent == "install steps" && a.GetAttribute("href") == "/guide/setup/#install");
        Assert.Contains(home.QuerySelectorAll("main a"), a => a.TextContent == "install, again" && a.GetAttribute("href") == "/guide/setup/#install");
        Assert.Equal(["/img/diagram.svg", "/img/diagram.svg"], home.QuerySelectorAll("main img").Select(i => i.GetAttribute("src")));
        Assert.Equal("/img/diagram.svg", pages["guide/setup/index.html"].QuerySelector("main img")!.GetAttribute("src"));
    }

    [Fact]
    public void Titles_come_from_front_matter_else_the_first_heading_else_the_file_name_and_are_not_repeated()
    {
        using var site = CopyOfFixture();
        Assert.Equal(0, site.Build().ExitCode);
        var pages = ParseOutput(site);

        Assert.Equal("Field notes", pages["index.html"].QuerySelector("h1")!.TextContent);
        Assert.Single(pages["index.html"].QuerySelectorAll("h1, h2, h3"), h => h.TextContent == "Field notes");
        Assert.Equal("Guide", pages["guide/index.html"].QuerySelector("h1")!.TextContent);
        Assert.Equal("Setting up", pages["guide/setup/index.html"].QuerySelector("h1")!.TextContent);
        Assert.Equal("Deep dive", pages["guide/deep-dive/index.html"].QuerySelector("h1")!.TextContent);
        Assert.Equal("No heading", pages["guide/no-heading/index.html"].QuerySelector("h1")!.TextContent);
        Assert.Equal("About the notes", pages["notes/README/index.html"].QuerySelector("h1")!.TextContent);
        Assert.Equal("Notes index", pages["notes/index.html"].QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Heading_ids_follow_GitHub_and_template_looking_text_stays_text()
    {
        using var site = CopyOfFixture();
        Assert.Equal(0, site.Build().ExitCode);
        var pages = ParseOutput(site);
        var deepDive = pages["guide/deep-dive/index.html"];

        Assert.Equal(["repeated-heading", "repeated-heading-1", "quoted-heading", "heading-in-a-list"],
            deepDive.QuerySelectorAll(".prose h2, .prose h3").Select(h => h.Id));
        Assert.All(deepDive.QuerySelectorAll(".prose h2, .prose h3"), h => Assert.Equal("#" + h.Id, h.QuerySelector("a.heading-link")!.GetAttribute("href")));
        Assert.NotNull(deepDive.GetElementById("explicit-anchor"));
        var setup = pages["guide/setup/index.html"].QuerySelector(".prose")!.TextContent;
        Assert.Contains("{{ page.title }}, {% include x %} and ${HOME}", setup);
    }

    [Fact]
    public void One_broken_md_link_and_one_missing_anchor_give_exactly_two_diagnostics_where_written()
    {
        using var site = CopyOfFixture();
        site.Write("input/notes/index.md", "# Notes index\n\nThis folder has an `index.md`, so its [README](README.md) is an ordinary page.\n\nSee [a lost page](../guide/lost.md).\n");
        site.Write("input/guide/README.md", "# Guide\n\nBack to the [field notes](../README.md).\n\nAnd [a heading that is not there](setup.md#uninstall).\n");

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Diagnostics.Count);
        var link = run.Single("BRF401");
        Assert.Equal(("input/notes/index.md", 5, 5), (link.Location.File, link.Location.Line, link.Location.Column));
        var anchor = run.Single("BRF402");
        Assert.Equal(("input/guide/README.md", 5, 5), (anchor.Location.File, anchor.Location.Line, anchor.Location.Column));
    }
}
