using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>A GitHub-style page renders as GitHub renders it: GFM's extensions only, its tag filter, and raw HTML read as a browser reads it.</summary>
public sealed class GitHubMarkdownTests
{
    private static (BuildRun Run, TestSite Site) Build(string markdown)
    {
        var site = new TestSite().Write("input/index.md", markdown);
        return (site.Build(), site);
    }

    [Fact]
    public void Only_GFM_extensions_render_the_rest_stays_text()
    {
        var (run, site) = Build("# T\n\n~~gone~~ ==mark== ++ins++ ^sup^ H~2~O\n\nTerm\n:   Definition\n\n:::note\ncontainer\n:::\n\n*[HTML]: Hyper Text\n\n- [x] done\n");
        using var _ = site;
        Assert.True(run.ExitCode == 0, run.ToString());
        var main = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Equal("gone", main.QuerySelector("del")!.TextContent);
        Assert.Null(main.QuerySelector("mark"));
        Assert.Null(main.QuerySelector("ins"));
        Assert.Null(main.QuerySelector("sup:not(.note-ref)"));
        Assert.Null(main.QuerySelector("sub"));
        Assert.Null(main.QuerySelector("dl"));
        Assert.Null(main.QuerySelector("abbr"));
        Assert.Contains(":::note", main.TextContent);
        Assert.NotNull(main.QuerySelector("input[type=checkbox][checked]"));
    }

    [Fact]
    public void Table_alignment_is_a_class_so_the_CSP_keeps_it()
    {
        var (run, site) = Build("# T\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");
        using var _ = site;
        Assert.True(run.ExitCode == 0, run.ToString());
        var html = site.ReadOutput("index.html");
        Assert.DoesNotContain("style=", html);
        var cells = new HtmlParser().ParseDocument(html).QuerySelectorAll("main tbody td").Select(td => td.ClassName).ToList();
        Assert.Equal(["align-left", "align-center", "align-right"], cells);
    }

    [Fact]
    public void GitHubs_tag_filter_disarms_title_textarea_and_style()
    {
        var (run, site) = Build("# T\n\nBefore <title>unclosed\n\n<textarea>x</textarea>\n\n<style>p{}</style>\n\nAfter.\n");
        using var _ = site;
        Assert.True(run.ExitCode == 0, run.ToString());
        var document = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var main = document.QuerySelector("main")!;
        Assert.Null(main.QuerySelector("title, textarea, style"));
        Assert.Contains("After.", main.TextContent);
        Assert.Contains("<title>unclosed", main.TextContent);
    }

    [Fact]
    public void A_title_and_its_anchor_read_the_same_text_entities_decoded_images_left_out()
    {
        var (run, site) = Build("# Tom &amp; Jerry ![logo](x.png)\n\n## R&amp;D <https://a.test>\n");
        using var _ = site;
        var page = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal("Tom & Jerry", page.QuerySelector("title")!.TextContent.Split(" | ")[0].Split(" · ")[0].Trim());
        Assert.Equal("rd-httpsatest", page.QuerySelector("main h2")!.Id);
        Assert.Equal("Link to the section R&D https://a.test", page.QuerySelector("main h2 a.heading-link")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("Text <img alt=\"1 > 0\" src=\"x.png\" onerror=\"alert(1)\">\n", 1, 35, "onerror")]
    [InlineData("Text <img src=x.png onerror=alert(1) alt=''>\n", 1, 21, "onerror")]
    [InlineData("<div>\n<a href=\" javascript:alert(1)\">x</a>\n</div>\n", 2, 4, "javascript:")]
    [InlineData("<div>\n<SCRIPT>alert(1)</SCRIPT>\n</div>\n", 2, 1, "script")]
    public void Forbidden_raw_HTML_is_found_as_a_browser_reads_it_at_its_position(string markdown, int line, int column, string what)
    {
        var (run, site) = Build(markdown);
        using var _ = site;
        Assert.Equal(1, run.ExitCode);
        var problem = run.Single("BRF303");
        Assert.Equal(("input/index.md", line, column), (problem.Location.File, problem.Location.Line, problem.Location.Column));
        Assert.Contains(what, problem.Message);
    }
    [Fact]
    public void A_raw_link_is_read_whatever_its_quoting_and_a_link_to_a_Markdown_file_goes_to_its_page()
    {
        using var site = new TestSite()
            .Write("input/index.md", "# Home\n\nSee <a href=other.md#sec>unquoted</a> and <a href='other.md'>single</a>.\n\n<img srcset=\"a.png 1x, b.png 2x\" src=a.png alt=\"1 > 0\">\n")
            .Write("input/other.md", "# Other\n\n## Sec\n")
            .WriteBytes("input/a.png", [1])
            .WriteBytes("input/b.png", [2]);
        var run = site.Build();

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
        var main = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("main")!;
        Assert.Equal(["/other/#sec", "/other/"], main.QuerySelectorAll("p a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1 > 0", main.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_tag_written_over_several_lines_has_its_broken_link_reported_at_the_value()
    {
        var (run, site) = Build("# Home\n\n<div>\n<a class=\"x\"\n   href=\"gone.md\">x</a>\n</div>\n");
        using var _ = site;

        var broken = run.Single("BRF401");
        Assert.Equal(("input/index.md", 5, 10), (broken.Location.File, broken.Location.Line, broken.Location.Column));
    }

    [Fact]
    public void Text_inside_an_attribute_value_or_a_comment_is_no_id()
    {
        var (run, site) = Build("# Home\n\n<p title=\"see id=y\">t</p>\n\n<!--\n<a id=\"z\"></a>\n-->\n\n[y](#y) and [z](#z).\n");
        using var _ = site;

        var missing = run.Diagnostics.Where(d => d.Code == "BRF402").Select(d => d.Message).Order().ToList();
        Assert.Equal(2, missing.Count);
        Assert.Contains("id 'y'", missing[0]);
        Assert.Contains("id 'z'", missing[1]);
    }
}
