using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

public sealed class BuildTests
{
    [Fact]
    public void A_folder_of_Markdown_becomes_pages_at_pretty_urls()
    {
        using var site = new TestSite()
            .Write("input/index.md", "---\ntitle: Home\n---\nWelcome. See [a note](notes/first.md).\n")
            .Write("input/notes/first.md", "# First note\n\nText.\n")
            .Write("input/notes/index.md", "---\ntitle: Notes\n---\nAll notes.\n")
            .Write("input/img/logo.txt", "not markdown, copied as it is");

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(site.OutputExists("index.html"));
        Assert.True(site.OutputExists("notes/first/index.html"));
        Assert.True(site.OutputExists("notes/index.html"));
        Assert.Equal("not markdown, copied as it is", site.ReadOutput("img/logo.txt"));
        Assert.Contains("href=\"/notes/first/\"", site.ReadOutput("index.html"));
        Assert.Contains("<h1 id=\"first-note\">First note</h1>", site.ReadOutput("notes/first/index.html"));
    }

    [Fact]
    public void An_empty_folder_builds_a_site_with_no_link_to_a_home_page_it_does_not_have()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "input"));

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var notFound = site.ReadOutput("404.html");
        Assert.DoesNotContain("href=\"/\"", notFound, StringComparison.Ordinal);
        Assert.Contains("<span class=\"site-title\">", notFound, StringComparison.Ordinal);
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public void A_site_with_a_home_page_links_to_it_from_every_page_title()
    {
        using var site = new TestSite()
            .Write("input/index.md", "# Home\n")
            .Write("input/notes/a.md", "# A note\n");

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<a class=\"site-title\" href=\"/\">", site.ReadOutput("notes/a/index.html"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\">Go to the home page</a>", site.ReadOutput("404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_thousand_pages_are_written_at_pretty_urls()
    {
        using var site = new TestSite();
        for (var i = 0; i < 1000; i++)
            site.Write($"input/section-{i % 10}/page-{i}.md", $"---\ntitle: Page {i}\ndate: 2026-01-{i % 28 + 1:00}\ntags: [t{i % 3}]\n---\n## Part\n\nBody of page {i}.\n");

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).Count();
        Assert.Equal(1000 + 10 + 1, pages); // and a generated page for each folder without one: the ten sections and the top
        Assert.True(site.OutputExists("section-7/index.html"));
        Assert.True(site.OutputExists("section-7/page-987/index.html"));
    }

    [Fact]
    public void Broken_front_matter_fails_at_its_position_and_leaves_the_previous_output_untouched()
    {
        using var site = new TestSite()
            .Write("input/index.md", "---\ntitle: Home\n---\nHello.\n")
            .Write("input/notes/x.md", "---\ntitle: Fine\n---\nFine.\n");
        Assert.Equal(0, site.Build().ExitCode);
        var before = site.HashOutput();

        site.Write("input/notes/x.md", "---\ntitle: Broken\ndate: [not, a date\n---\nText.\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(run.Diagnostics);
        Assert.Equal("BRF202", problem.Code);
        Assert.Equal("input/notes/x.md", problem.Location.File);
        Assert.Equal(4, problem.Location.Line);
        Assert.Equal(1, problem.Location.Column);
        Assert.StartsWith("input/notes/x.md(4,1): error BRF202:", run.Errors);
        Assert.Equal(before, site.HashOutput());
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TestSite().WithRealInput();
        Assert.Equal(0, site.Build().ExitCode);
        var first = site.HashOutput();
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal(first, site.HashOutput());
        Assert.True(first.Count > 10);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = new TestSite()
            .Write("input/index.md", "Home\n")
            .Write("input/wip.md", "---\ndraft: true\n---\nNot ready.\n");

        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(site.OutputExists("wip/index.html"));
        Assert.Equal(0, site.Build(drafts: true).ExitCode);
        Assert.True(site.OutputExists("wip/index.html"));
    }

    [Fact]
    public void An_unknown_layout_is_an_error_at_the_layout_key_with_a_suggestion()
    {
        using var site = new TestSite().Write("input/index.md", "---\ntitle: Home\nlayout: pgae\n---\nText.\n");

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = run.Single("BRF302");
        Assert.Equal(("input/index.md", 3, 9), (problem.Location.File, problem.Location.Line, problem.Location.Column));
        Assert.Contains("did you mean 'page'?", problem.Message);
    }

    [Fact]
    public void A_template_error_is_reported_at_the_template_file_and_line()
    {
        using var site = new TestSite()
            .Write("input/index.md", "---\nlayout: broken\n---\nText.\n")
            .Write("theme/layouts/broken.sbn", "<p>\n{{ for x in page.toc }}\n</p>\n");

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = run.Single("BRF501");
        Assert.Equal("theme/layouts/broken.sbn", problem.Location.File);
        Assert.True(problem.Location.Line >= 2, problem.ToString());
    }

    [Fact]
    public void A_file_in_input_overrides_the_theme_file_of_the_same_path()
    {
        using var site = new TestSite()
            .Write("input/index.md", "Home\n")
            .Write("input/assets/css/site.css", "/* the editor's own */");

        Assert.Equal(0, site.Build().ExitCode);
        var css = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets/css"), "site.*.css"));
        Assert.Equal("/* the editor's own */", File.ReadAllText(css));
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        using var site = new TestSite();
        var run = TestSite.Build(site.Settings() with { InputFolder = Path.Combine(site.Root, "nope") });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BRF001: the input folder does not exist", run.Errors);
    }

    [Fact]
    public void An_output_folder_inside_the_input_is_refused()
    {
        using var site = new TestSite().Write("input/index.md", "Home\n");
        var run = TestSite.Build(site.Settings() with { OutputFolder = Path.Combine(site.Input, "out") });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error BRF002", run.Errors);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failed_build()
    {
        using var site = new TestSite().Write("input/index.md", "Text[^1].\n\n[^1]: used\n[^2]: never used\n");

        Assert.Equal(0, site.Build().ExitCode);
        var before = site.HashOutput();
        var strict = site.Build(strict: true);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal("BRF103", Assert.Single(strict.Diagnostics).Code);
        Assert.Equal(before, site.HashOutput());
    }

    [Fact]
    public void The_summary_lists_each_pipeline_with_its_documents()
    {
        using var site = new TestSite().Write("input/index.md", "Home\n");
        var run = site.Build();

        Assert.Matches(@"pages\s+1\s+\d+ ms", run.Output);
        Assert.Matches(@"Total\s+\d+ ms", run.Output);
    }
}
