using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Print;

/// <summary>The print edition: every page of the navigation as a chapter of one page.</summary>
public sealed class PrintEditionTests
{
    private static TestSite Site() => new TestSite()
        .Write("input/index.md", "---\ntitle: Home\norder: 1\n---\nWelcome. Read [part two](b.md#same).\n")
        .Write("input/a.md", "---\ntitle: Part one\norder: 2\n---\nFirst text.[^x]\n\n## Same\n\nMore text.\n\n<div data-print-ignore>screen-only</div>\n\n[^x]: The first note.\n")
        .Write("input/b.md", "---\ntitle: Part two\norder: 3\n---\nSecond text.[^y]\n\n## Same\n\nSee [part one's section](a.md#same), [part one](a.md) and [the top](#top).\n\n[^y]: The second note.\n")
        .Write("input/unlisted.md", "---\ntitle: Not in the navigation\n---\nOff the menu.\n")
        .Write("input/print.md", "---\ntitle: Everything\nlayout: print\n---\nAll of it.\n");

    private static IElement[] Chapters(IDocument page) => page.QuerySelectorAll("section.chapter").ToArray();

    private static IDocument Built(TestSite site)
    {
        var run = site.Build(strict: true);
        Assert.True(run.ExitCode == 0, run.ToString());
        return new HtmlParser().ParseDocument(site.ReadOutput("print/index.html"));
    }

    [Fact]
    public void The_print_page_holds_every_page_of_the_navigation_in_order_as_a_chapter()
    {
        using var site = Site();
        var page = Built(site);

        Assert.Equal(["Home", "Part one", "Part two"], Chapters(page).Select(c => c.QuerySelector(".chapter-title")!.TextContent.Trim()));
        Assert.Contains("Second text.", Chapters(page)[2].TextContent);
        Assert.DoesNotContain("Off the menu", page.Body!.TextContent);
        Assert.DoesNotContain("screen-only", page.Body!.TextContent);
    }

    [Fact]
    public void Ids_are_unique_and_every_link_within_the_page_lands_on_one()
    {
        using var site = Site();
        var page = Built(site);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("c2-same", ids);
        Assert.Contains("c3-same", ids);
        var internalLinks = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, fragment => Assert.True(page.GetElementById(fragment) is not null || fragment == "main", $"#{fragment} lands nowhere"));
        var links = Chapters(page)[2].QuerySelectorAll(".prose p > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#c2-same", "#c2", "#c3"], links);
        Assert.Equal("#c3-same", Chapters(page)[0].QuerySelector(".prose p > a")!.GetAttribute("href"));
    }

    [Fact]
    public void Each_chapter_ends_with_its_own_notes()
    {
        using var site = Site();
        var chapters = Chapters(Built(site));

        var notes = chapters.Skip(1).Select(c => c.QuerySelectorAll("section.notes").Single()).ToList();
        Assert.Contains("The first note.", notes[0].TextContent);
        Assert.Contains("The second note.", notes[1].TextContent);
        Assert.DoesNotContain("The second note.", notes[0].TextContent);
        // The marker in a chapter's text leads to that chapter's note.
        var marker = chapters[2].QuerySelector("a[role='doc-noteref']")!.GetAttribute("href")![1..];
        Assert.StartsWith("c3-", marker);
        Assert.Same(notes[1], chapters[2].QuerySelector($"[id='{marker}']")!.Closest("section.notes"));
        // Notes come after everything else in the chapter.
        Assert.Same(notes[1], chapters[2].QuerySelectorAll("*").Last().Closest("section.notes"));
    }

    [Fact]
    public void Headings_move_one_level_down_under_the_chapter_title_and_the_page_title_is_not_repeated()
    {
        using var site = Site();
        var chapter = Chapters(Built(site))[1];

        Assert.Empty(chapter.QuerySelectorAll("h1"));
        Assert.Single(chapter.QuerySelectorAll("h2"));
        Assert.Equal("Same", chapter.QuerySelector("h3#c2-same")!.TextContent.Trim().TrimEnd('#').Trim());
    }

    [Fact]
    public void The_print_page_is_linked_from_every_page_footer_only_when_it_exists()
    {
        using var site = Site();
        Built(site);
        Assert.Contains("<a href=\"/print/\">Print edition</a>", site.ReadOutput("a/index.html"));
        Assert.Contains("<a href=\"/print/\">Print edition</a>", site.ReadOutput("404.html"));
    }
}
