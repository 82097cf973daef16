using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Markdown;

public sealed class CitationTests
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static TestSite SiteWithPage(string markdown) =>
        BriefingFixture.Create()
            .Write("input/index.md", "---\ntitle: Home\n---\nAll of them [@alpha; @beta; @gamma].\n")
            .Write("input/page.md", markdown)
            .Write("input/sources.md", "---\ntitle: Sources\nlayout: sources\n---\nThe sources.\n");

    [Fact]
    public void Citations_and_footnotes_share_one_numbering_in_reading_order()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nOne [@alpha]. Aside[^x]. Two [@beta]. Again [@alpha].\n\n[^x]: An aside with *emphasis*.\n");
        Assert.Equal(0, site.Build().ExitCode);
        var page = Parse(site.ReadOutput("page/index.html"));

        var markers = page.QuerySelectorAll(".prose a[role=doc-noteref]").Select(a => (a.Id, a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(
            [("ref-1-1", "#note-1", "1"), ("ref-2-1", "#note-2", "2"), ("ref-3-1", "#note-3", "3"), ("ref-1-2", "#note-1", "1")],
            markers);

        var notes = page.QuerySelectorAll(".notes li");
        Assert.Equal(["note-1", "note-2", "note-3"], notes.Select(n => n.Id));
        Assert.Contains("Alpha report", notes[0].TextContent);
        Assert.Contains("Alpha Press", notes[0].TextContent);
        Assert.Equal("<em>emphasis</em>", notes[1].QuerySelector(".note-body em")!.OuterHtml);
        Assert.Contains("Beta review", notes[2].TextContent);
    }

    [Fact]
    public void A_source_cited_three_times_has_one_note_with_three_back_links()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nA [@alpha]. B [@alpha]. C [@alpha].\n");
        Assert.Equal(0, site.Build().ExitCode);
        var page = Parse(site.ReadOutput("page/index.html"));

        var note = Assert.Single(page.QuerySelectorAll(".notes li"));
        Assert.Equal(["#ref-1-1", "#ref-1-2", "#ref-1-3"], note.QuerySelectorAll(".backrefs a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/sources/#source-alpha", note.QuerySelector("a.source-link")!.GetAttribute("href"));
    }

    [Fact]
    public void Several_citations_at_once_make_one_group_of_markers()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nBoth [@alpha; @beta].\n");
        Assert.Equal(0, site.Build().ExitCode);
        var page = Parse(site.ReadOutput("page/index.html"));

        var group = Assert.Single(page.QuerySelectorAll(".prose sup.note-ref"));
        Assert.Equal(["1", "2"], group.QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void Each_marker_keeps_its_own_locator_in_its_label_and_its_back_link()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nSee [@alpha, \"Pillar 3\"] and [@alpha] and [@alpha, \"Table 1\"].\n");
        Assert.Equal(0, site.Build().ExitCode);
        var page = Parse(site.ReadOutput("page/index.html"));

        Assert.Equal("Note 1, Pillar 3", page.GetElementById("ref-1-1")!.GetAttribute("aria-label"));
        var backLinks = page.QuerySelectorAll("#note-1 .backrefs a").ToList();
        Assert.Equal(["#ref-1-1", "#ref-1-2", "#ref-1-3"], backLinks.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Pillar 3", null, "Table 1"], backLinks.Select(a => a.QuerySelector(".locator")?.TextContent));
    }

    [Fact]
    public void Data_cells_get_markers_numbered_after_the_page_text()
    {
        using var site = SiteWithPage("---\ntitle: Matrix\nlayout: matrix\n---\nIntro [@gamma].\n");
        Assert.Equal(0, site.Build().ExitCode);
        var page = Parse(site.ReadOutput("page/index.html"));

        var amazonCell = page.QuerySelector("#dimension-models td[data-label=Amazon]")!;
        Assert.Equal(["#note-3", "#note-1"], amazonCell.QuerySelectorAll("a[role=doc-noteref]").Select(a => a.GetAttribute("href")));
        Assert.Equal(["note-1", "note-2", "note-3"], page.QuerySelectorAll(".notes li").Select(n => n.Id));
        Assert.Contains("Gamma notes", page.GetElementById("note-1")!.TextContent);
    }

    [Fact]
    public void The_sources_page_links_to_every_marker_citing_each_source()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nA [@alpha]. B [@alpha, \"p. 2\"].\n");
        Assert.Equal(0, site.Build().ExitCode);
        var sources = Parse(site.ReadOutput("sources/index.html"));

        var alpha = sources.GetElementById("source-alpha")!;
        var hrefs = alpha.QuerySelectorAll("a.cited-marker").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/#ref-1-1", "/page/#ref-1-1", "/page/#ref-1-2"], hrefs);
        Assert.Contains("p. 2", alpha.QuerySelectorAll("a.cited-marker")[2].GetAttribute("aria-label"));
    }

    [Fact]
    public void An_unknown_source_is_an_error_at_its_position_naming_the_nearest_id()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nText.\n\nMore text [@alpah] here.\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = run.Single("BRF101");
        Assert.Equal("input/page.md(6,12): error BRF101: unknown source 'alpah'; did you mean 'alpha'? (sources are declared in input/data/sources.yml)", problem.ToString());
    }

    [Fact]
    public void An_unknown_source_in_a_data_file_is_an_error_at_the_id()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nText [@alpha].\n")
            .Write("input/data/companies.yml", "- id: meta\n  name: Meta\n  role: R\n  summary: S\n  sources: [alpha, betta]\n");
        var run = site.Build();

        var problem = run.Single("BRF101");
        Assert.Equal(("input/data/companies.yml", 5, 20), (problem.Location.File, problem.Location.Line, problem.Location.Column));
        Assert.Contains("did you mean 'beta'?", problem.Message);
    }

    [Fact]
    public void Footnote_mistakes_are_warnings_at_their_positions()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nUsed[^a] and missing[^nope].\n\n[^a]: Defined.\n[^b]: Never used.\n");
        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        var missing = run.Single("BRF102");
        Assert.Equal(("input/page.md", 4, 21), (missing.Location.File, missing.Location.Line, missing.Location.Column));
        var unused = run.Single("BRF103");
        Assert.Equal(("input/page.md", 7, 1), (unused.Location.File, unused.Location.Line, unused.Location.Column));
    }

    [Fact]
    public void A_source_never_cited_is_a_warning_at_its_entry()
    {
        using var site = BriefingFixture.Create()
            .Write("input/index.md", "Only [@alpha] and [@beta].\n")
            .Write("input/sources.md", "---\nlayout: sources\n---\nThe sources.\n")
            .Write("input/data/matrix.yml", "dimensions: []\n")
            .Write("input/data/capex.yml", "[]\n");
        var run = site.Build();

        var uncited = run.Single("BRF104");
        Assert.Equal(("input/data/sources.yml", 9, 3), (uncited.Location.File, uncited.Location.Line, uncited.Location.Column));
        Assert.Contains("'gamma'", uncited.Message);
    }

    [Fact]
    public void Text_that_only_looks_like_a_citation_stays_text()
    {
        using var site = SiteWithPage("---\ntitle: Page\n---\nMail me [@ home] or [see @alpha](https://example.org).\n");
        Assert.Equal(0, site.Build().ExitCode);
        var page = Parse(site.ReadOutput("page/index.html"));

        Assert.Contains("[@ home]", page.QuerySelector(".prose")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".prose a[role=doc-noteref]"));
    }
}
