using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Print;

/// <summary>The briefing's own print edition and search index, built from the real input.</summary>
[Collection(RealSiteCollection.Name)]
public sealed class BriefingEditionTests(RealSite built)
{
    private readonly HtmlParser _parser = new();

    /// <summary>The navigation's pages in order, each with the title its own page shows in its h1.</summary>
    private IReadOnlyList<(string Url, string Title)> NavigationPages()
    {
        var home = _parser.ParseDocument(built.Site.ReadOutput("index.html"));
        return home.QuerySelectorAll(".site-nav a")
            .Select(a => a.GetAttribute("href")!)
            .Select(url => (url, _parser.ParseDocument(built.Site.ReadOutput(url.TrimStart('/') + "index.html")).QuerySelector("h1")!.TextContent.Trim()))
            .ToList();
    }

    [Fact]
    public void The_print_edition_holds_every_page_of_the_navigation_in_order_the_sources_page_included()
    {
        var print = _parser.ParseDocument(built.Site.ReadOutput("print/index.html"));
        var chapters = print.QuerySelectorAll("section.chapter").ToList();

        Assert.Equal(NavigationPages().Select(p => p.Title), chapters.Select(c => c.QuerySelector(".chapter-title")!.TextContent.Trim()));
        // The sources page is laid out before the edition, so its chapter has every source.
        var sources = Assert.Single(chapters, c => c.QuerySelector(".source-list") is not null);
        Assert.Equal(
            _parser.ParseDocument(built.Site.ReadOutput("sources/index.html")).QuerySelectorAll(".source-list > li").Length,
            sources.QuerySelectorAll(".source-list > li").Length);
        var ids = print.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_search_index_has_every_page_of_the_navigation_with_its_title()
    {
        using var json = JsonDocument.Parse(built.Site.ReadOutput("search-index.json"));
        var indexed = json.RootElement.GetProperty("pages").EnumerateArray()
            .ToDictionary(p => p.GetProperty("u").GetString()!, p => p.GetProperty("t").GetString()!);

        Assert.All(NavigationPages(), page => Assert.Equal(page.Title, indexed.GetValueOrDefault(page.Url)));
        Assert.DoesNotContain("/print/", indexed.Keys);
        Assert.DoesNotContain("/search/", indexed.Keys);
    }
}
