using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>Pages written for Jekyll, Hugo or Docusaurus build as they are: their keys kept, their file names understood.</summary>
public sealed class ForeignFrontMatterTests
{
    [Fact]
    public void Other_generators_keys_are_kept_for_layouts_and_are_not_errors()
    {
        using var site = new TestSite()
            .Write("input/index.md", "# Home\n")
            .Write("input/post.md", "---\ntitle: A post\nlayout: post\nauthor: Ada\ncategories: [news, ai]\npermalink: /2026/post/\nslug: post\nsidebar_position: 3\nweight: 10\n---\nBody.\n")
            .Write("input/layouts/post.sbn", "{{ include \"start\" }}<p id=\"by\">{{ page.params.author }} / {{ page.params.categories | array.join \",\" }} / {{ page.params.weight }}</p>{{ include \"end\" }}");
        var run = site.Build(strict: true);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(run.Warnings);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("post/index.html"));
        Assert.Equal("Ada / news,ai / 10", page.GetElementById("by")!.TextContent);
    }

    [Fact]
    public void A_key_close_to_a_known_one_is_a_typo_warning_at_its_place()
    {
        using var site = new TestSite().Write("input/index.md", "---\ntitle: T\ntitel: T\n---\nBody.\n");
        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(run.Warnings);
        Assert.Equal(("BRF203", "input/index.md", 3, 1), (warning.Code, warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains("did you mean 'title'?", warning.Message);
        Assert.Equal(1, site.Build(strict: true).ExitCode);
    }

    [Fact]
    public void Hugo_index_and_Jekyll_markdown_files_are_pages()
    {
        using var site = new TestSite()
            .Write("input/_index.md", "# Home from _index\n\n[The post](posts/first.markdown)\n")
            .Write("input/posts/_index.md", "# All posts\n")
            .Write("input/posts/first.markdown", "# First post\n");
        var run = site.Build(strict: true);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Home from _index", site.ReadOutput("index.html"));
        Assert.Contains("All posts", site.ReadOutput("posts/index.html"));
        Assert.Contains("First post</h1>", site.ReadOutput("posts/first/index.html"));
        Assert.Contains("href=\"/posts/first/\"", site.ReadOutput("index.html"));
        Assert.False(site.OutputExists("posts/first.markdown"));
    }

    [Fact]
    public void A_rule_on_the_first_line_that_nothing_closes_is_a_rule_as_on_GitHub()
    {
        using var site = new TestSite().Write("input/index.md", "---\n\nA page that opens with a rule.\n");
        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("BRF201", Assert.Single(run.Warnings).Code);
        var main = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.NotNull(main.QuerySelector("hr"));
        Assert.Contains("A page that opens with a rule.", main.TextContent);
    }
}
