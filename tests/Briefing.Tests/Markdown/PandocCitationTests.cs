using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Markdown;
using Briefing.Markdown.Citations;
using Briefing.Tests.Support;
using Markdig;
using Markdig.Syntax;

namespace Briefing.Tests.Markdown;

/// <summary>Pandoc's citation syntax, with the examples of Pandoc's manual ("Citation syntax"), rendered as this site's numbered notes.</summary>
public sealed class PandocCitationTests
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static TestSite SiteWithPage(string body) =>
        BriefingFixture.Create()
            .Write("input/data/sources.yml", """
                - id: alpha
                  title: "Alpha report"
                  description: The first source.
                - id: beta
                  title: "Beta review"
                  description: The second source.
                - id: gamma
                  title: "Gamma notes"
                  description: The third source.
                - id: doe99
                  title: "Frogs"
                  author: John Doe
                  description: Pandoc's first example.
                - id: smith04
                  title: "Bees"
                  author: Susan Smith
                  description: Pandoc's second example.
                - id: smith
                  title: "Flies"
                  description: Pandoc's example with braces.
                """)
            .Write("input/index.md", "---\ntitle: Home\n---\nAll [@alpha; @beta; @gamma; @doe99; @smith04; @smith].\n")
            .Write("input/page.md", "---\ntitle: Page\n---\n" + body)
            .Write("input/sources.md", "---\ntitle: Sources\nlayout: sources\n---\nThe sources.\n");

    private static (BuildRun Run, IDocument Page) Build(string body)
    {
        using var site = SiteWithPage(body);
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        return (run, Parse(site.ReadOutput("page/index.html")));
    }

    private static List<(string Href, string? Label)> Markers(IDocument page) =>
        page.QuerySelectorAll(".prose a[role=doc-noteref]").Select(a => (a.GetAttribute("href")!, a.GetAttribute("aria-label"))).ToList();

    private static string Prose(IDocument page) => page.QuerySelector(".prose")!.TextContent;

    [Fact]
    public void Prefixes_locators_and_suffixes_of_several_keys_give_one_marker_each_with_its_locator()
    {
        var (run, page) = Build("Blah blah [see @doe99, pp. 33-35; also @smith04, chap. 1].\n");

        Assert.DoesNotContain(run.Warnings, w => w.Code == "BRF105");
        Assert.Equal([("#note-1", "Note 1, pp. 33-35"), ("#note-2", "Note 2, chap. 1")], Markers(page));
        Assert.Single(page.QuerySelectorAll(".prose sup.note-ref"));
        Assert.Equal("Blah blah1,2.", Prose(page).Trim());
        Assert.Equal("pp. 33-35", page.QuerySelector("#note-1 .backrefs .locator")!.TextContent);
        Assert.Equal("chap. 1", page.QuerySelector("#note-2 .backrefs .locator")!.TextContent);
    }

    [Theory]
    [InlineData("Blah blah [@doe99, pp. 33-35, 38-39 and *passim*].", "Note 1, pp. 33-35, 38-39")]
    [InlineData("Blah blah [see @doe99 p. 34-35].", "Note 1, p. 34-35")]
    [InlineData("Citation with a suffix and locator [@doe99 pp. 33, 35-37, and nowhere else].", "Note 1, pp. 33, 35-37")]
    [InlineData("Blah [@doe99, sec. 2.3].", "Note 1, sec. 2.3")]
    [InlineData("Blah [@doe99, para. 4].", "Note 1, para. 4")]
    [InlineData("Blah [@doe99, fig. 2].", "Note 1, fig. 2")]
    [InlineData("Blah [@doe99, § 12].", "Note 1, § 12")]
    [InlineData("Blah [@doe99, vol. iv].", "Note 1, vol. iv")]
    [InlineData("Blah [@doe99, 33-35].", "Note 1, 33-35")]
    [InlineData("Blah [@smith{ii, A, D-Z}, with a suffix].", "Note 1, ii, A, D-Z")]
    [InlineData("Blah [@smith, {pp. iv, vi-xi, (xv)-(xvii)} with suffix here].", "Note 1, pp. iv, vi-xi, (xv)-(xvii)")]
    [InlineData("Blah [@smith{}, 99 years later].", "Note 1")]
    [InlineData("Citation with suffix only [@doe99 and nowhere else].", "Note 1")]
    [InlineData("With some markup [*see* @doe99 p. **32**].", "Note 1, p. 32")]
    [InlineData("This site's own form [@doe99, \"Pillar 3\"].", "Note 1, Pillar 3")]
    public void Each_locator_form_becomes_the_markers_locator(string markdown, string label)
    {
        var (run, page) = Build(markdown + "\n");

        Assert.DoesNotContain(run.Warnings, w => w.Code == "BRF105");
        Assert.Equal(label, Assert.Single(Markers(page)).Label);
    }

    [Fact]
    public void Several_keys_without_locators_make_one_group()
    {
        var (_, page) = Build("Blah blah [@doe99; @smith04; @alpha].\n");

        Assert.Equal([("#note-1", "Note 1"), ("#note-2", "Note 2"), ("#note-3", "Note 3")], Markers(page));
        Assert.Single(page.QuerySelectorAll(".prose sup.note-ref"));
    }

    [Fact]
    public void A_suppressed_author_is_an_ordinary_marker()
    {
        var (_, page) = Build("Smith says blah [-@smith04]. And Doe [-@doe99 p. 44].\n");

        Assert.Equal([("#note-1", "Note 1"), ("#note-2", "Note 2, p. 44")], Markers(page));
        Assert.Equal("Smith says blah1. And Doe2.", Prose(page).Trim());
    }

    [Fact]
    public void An_in_text_citation_names_the_source_and_the_marker_follows()
    {
        var (_, page) = Build("@smith04 says blah.\n\n@doe99 [p. 33] says blah.\n\n@alpha [p. 30, with suffix] says blah.\n");

        Assert.Equal([("#note-1", "Note 1"), ("#note-2", "Note 2, p. 33"), ("#note-3", "Note 3, p. 30")], Markers(page));
        var paragraphs = page.QuerySelectorAll(".prose p").Select(p => p.TextContent).ToList();
        Assert.Equal(["Susan Smith1 says blah.", "John Doe2 says blah.", "Alpha report3 says blah."], paragraphs);
        Assert.Equal("p. 33", page.QuerySelector("#note-2 .backrefs .locator")!.TextContent);
    }

    [Fact]
    public void An_in_text_citation_followed_by_a_bracketed_group_cites_both()
    {
        var (_, page) = Build("@doe99 [-@smith04 p. 30; see also @alpha] says blah.\n");

        Assert.Equal([("#note-1", "Note 1"), ("#note-2", "Note 2, p. 30"), ("#note-3", "Note 3")], Markers(page));
    }

    [Fact]
    public void Emails_handles_code_and_link_text_stay_untouched()
    {
        var (run, page) = Build(
            "Write to doe99@example.com or a@b.com, ask @nobody, see `@doe99 [p. 3]` and [@doe99](https://example.org).\n\n"
            + "```\n[see @doe99, p. 3] and [@]\n```\n");

        Assert.Empty(Markers(page));
        Assert.DoesNotContain(run.Diagnostics, w => w.Code is "BRF105" or "BRF101");
        Assert.Contains("doe99@example.com", Prose(page));
        Assert.Contains("a@b.com", Prose(page));
        Assert.Contains("ask @nobody", Prose(page));
        Assert.Equal(["@doe99 [p. 3]", "[see @doe99, p. 3] and [@]\n"], page.QuerySelectorAll(".prose code").Select(c => c.TextContent));
        Assert.Equal("@doe99", page.QuerySelector(".prose a[href='https://example.org/']")?.TextContent
            ?? page.QuerySelector(".prose a[href^='https://example.org']")!.TextContent);
    }

    [Theory]
    [InlineData("Blah [@] here.", 4, 7, "[@]")]
    [InlineData("Blah [see @] here.", 4, 11, "[see @]")]
    [InlineData("Blah [@doe99 and @smith04] here.", 4, 18, "[@doe99 and @smith04]")]
    [InlineData("Blah [@doe99; see] here.", 4, 15, "[@doe99; see]")]
    [InlineData("Text.\n\nBlah [@doe99 never closed.", 6, 6, "[")]
    public void Text_that_looks_like_a_citation_and_does_not_parse_is_a_warning_at_its_position(string markdown, int line, int column, string kept)
    {
        var (run, page) = Build(markdown + "\n");

        var warning = run.Single("BRF105");
        Assert.Equal(("input/page.md", line, column), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.True(warning.IsWarning);
        Assert.Contains(kept, Prose(page));
    }

    [Fact]
    public void An_unclosed_bracket_with_no_at_sign_on_its_line_is_no_citation()
    {
        var (run, page) = Build("Rates [range 2-3 were seen.\nAsk @doe99 about it.\n");

        Assert.DoesNotContain(run.Warnings, w => w.Code == "BRF105");
        Assert.Equal([("#note-1", "Note 1")], Markers(page));
        Assert.Contains("Rates [range 2-3", Prose(page));
    }

    [Fact]
    public void An_unknown_key_in_brackets_is_an_error_at_its_at_sign()
    {
        using var site = SiteWithPage("Blah [see @doe99, p. 3; also @nobody, chap. 1].\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = run.Single("BRF101");
        Assert.Equal(("input/page.md", 4, 30), (problem.Location.File, problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void From_a_plain_pipeline_each_item_keeps_its_prefix_locator_suffix_and_suppressed_author()
    {
        var pipeline = new MarkdownPipelineBuilder().UseFootnotes().UseSourceCitations().Build();

        var document = Markdig.Markdown.Parse("Blah [see @doe99, pp. 33-35 and *passim*; also -@smith04, chap. 1].", pipeline);
        var citation = Assert.Single(document.Descendants<SourceCitation>());
        Assert.Equal(
            [("doe99", "pp. 33-35", "see", "and *passim*", false), ("smith04", "chap. 1", "also", null, true)],
            citation.Items.Select(i => (i.Id, i.Locator, i.Prefix, i.Suffix, i.SuppressAuthor)));
    }
}
