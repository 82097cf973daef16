using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

public sealed class SiteFilesTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static TestSite Site() => new TestSite()
        .Write("input/data/site.yml", "title: Test briefing\n")
        .Write("input/index.md", "---\ntitle: Home\ndate: 2026-03-01\ndescription: The start.\n---\nHello.\n")
        .Write("input/notes/later.md", "---\ntitle: Later\ndate: 2026-07-01\n---\nNews.\n")
        .Write("input/undated.md", "---\ntitle: Undated\n---\nTimeless.\n");

    [Fact]
    public void The_sitemap_lists_every_page_with_its_date()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        var urls = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => (u.Element(Sitemap + "loc")!.Value, u.Element(Sitemap + "lastmod")?.Value))
            .ToList();

        Assert.Equal(
            [("https://briefing.test/", "2026-03-01"), ("https://briefing.test/notes/", null), ("https://briefing.test/notes/later/", "2026-07-01"), ("https://briefing.test/undated/", null)],
            urls);
    }

    [Fact]
    public void The_feed_is_Atom_with_the_dated_pages_newest_first()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("Test briefing", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2026-07-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("https://briefing.test/", feed.Element(Atom + "id")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Later", "Home"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.All(entries, e =>
        {
            Assert.NotNull(e.Element(Atom + "id"));
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.NotNull(e.Element(Atom + "link")!.Attribute("href"));
        });
    }

    [Fact]
    public void Robots_points_at_the_sitemap_and_the_404_page_exists()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);

        Assert.Contains("Sitemap: https://briefing.test/sitemap.xml", site.ReadOutput("robots.txt"));
        Assert.Contains("Page not found", site.ReadOutput("404.html"));
    }

    [Fact]
    public void Assets_are_fingerprinted_and_pages_load_them_by_their_new_names()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);

        var css = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets/css"))));
        Assert.Matches(@"^site\.[0-9a-f]{8}\.css$", css);
        Assert.Contains($"href=\"/assets/css/{css}\"", site.ReadOutput("index.html"));
        Assert.DoesNotContain("/assets/css/site.css\"", site.ReadOutput("index.html"));
    }

    [Fact]
    public void A_template_asking_for_a_missing_asset_is_an_error_at_the_template()
    {
        using var site = Site().Write("theme/layouts/page.sbn", "<link href=\"{{ asset \"/assets/nope.css\" }}\">\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = run.ErrorDiagnostics.First();
        Assert.Equal(("BRF502", "theme/layouts/page.sbn", 1), (problem.Code, problem.Location.File, problem.Location.Line));
        Assert.Contains("asset '/assets/nope.css' does not exist", problem.Message);
    }

    [Fact]
    public void Without_an_address_no_absolute_URL_is_invented_and_the_build_says_so_once()
    {
        using var site = BriefingFixture.Create().Write("input/index.md", "---\ntitle: Home\ndate: 2026-07-01\n---\nAll [@alpha; @beta; @gamma].\n");
        var run = TestSite.Build(site.Settings(strict: true) with { BaseUrl = null });

        Assert.True(run.ExitCode == 0, run.ToString());
        var note = Assert.Single(run.Diagnostics);
        Assert.Equal(("BRF601", Briefing.Engine.Diagnostics.DiagnosticSeverity.Info), (note.Code, note.Severity));
        Assert.False(site.OutputExists("sitemap.xml"));
        Assert.False(site.OutputExists("feed.xml"));
        Assert.DoesNotContain("Sitemap:", site.ReadOutput("robots.txt"));
        var home = site.ReadOutput("index.html");
        Assert.DoesNotContain("rel=\"canonical\"", home);
        Assert.DoesNotContain("feed.xml", home);
        Assert.DoesNotContain("https://", string.Concat(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText)).Replace("https://gamma.example/notes", ""));
    }

    [Fact]
    public void The_address_comes_from_site_yml_and_base_url_overrides_it()
    {
        using var site = BriefingFixture.Create()
            .Write("input/data/site.yml", "title: T\nurl: https://from-data.test/\n")
            .Write("input/index.md", "---\ntitle: Home\n---\nAll [@alpha; @beta; @gamma].\n");
        Assert.Equal(0, TestSite.Build(site.Settings() with { BaseUrl = null }).ExitCode);
        Assert.Contains("<link rel=\"canonical\" href=\"https://from-data.test/\">", site.ReadOutput("index.html"));

        Assert.Equal(0, TestSite.Build(site.Settings() with { BaseUrl = "https://deploy-preview.test" }).ExitCode);
        Assert.Contains("<link rel=\"canonical\" href=\"https://deploy-preview.test/\">", site.ReadOutput("index.html"));
        Assert.Contains("Sitemap: https://deploy-preview.test/sitemap.xml", site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void The_capex_figures_are_published_as_csv_in_the_data_files_order_quoted_where_needed()
    {
        using var site = BriefingFixture.Create()
            .Write("input/data/capex.yml", """
                - company: meta
                  year: 2025
                  low: 60
                  high: 65.5
                  status: estimate
                  label: "$60–65.5B, \"committed\""
                  sources: [alpha, beta]
                - company: amazon
                  year: 2026
                  low: 125
                  high: 125
                  status: projection
                  label: "$125B"
                  sources: [gamma]
                """)
            .Write("input/timeline.md", "---\ntitle: Timeline\nlayout: timeline\n---\nFigures [@alpha; @beta; @gamma].\n");
        Assert.Equal(0, site.Build().ExitCode);

        Assert.Equal(
            "company,year,low,high,status,label,sources\r\n"
            + "Meta,2025,60,65.5,estimate,\"$60–65.5B, \"\"committed\"\"\",alpha; beta\r\n"
            + "Amazon,2026,125,125,projection,$125B,gamma\r\n",
            site.ReadOutput("data/capex.csv"));
        Assert.Contains("href=\"/data/capex.csv\"", site.ReadOutput("timeline/index.html"));
    }

    [Fact]
    public void A_site_without_capex_figures_writes_no_csv()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);

        Assert.False(File.Exists(Path.Combine(site.Output, "data", "capex.csv")));
    }
}
