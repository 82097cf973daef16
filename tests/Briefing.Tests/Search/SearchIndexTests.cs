using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>search-index.json: what the build writes for the search page to read.</summary>
public sealed class SearchIndexTests
{
    private sealed record IndexedPage(string Url, string Title, IReadOnlyList<(string Id, string Heading, string Text)> Passages);

    private static TestSite Site() => new TestSite()
        .Write("input/index.md", "---\ntitle: Home\norder: 1\n---\nThe opening words.\n")
        .Write("input/notes/first.md", "---\ntitle: First notes\norder: 2\n---\nIntro before any heading.\n\n## Harvest figures\n\nWheat was cited[^1] here.\n\n<div data-search-ignore>hidden-word</div>\n\n## Second part\n\nOats and barley.\n\n[^1]: A footnote that is not indexed.\n")
        .Write("input/tricky.md", "---\ntitle: Quotes \"and\" <tags> & more\n---\nA back\\\\slash, a </script> and \u00e9l\u00e8ve.\n")
        .Write("input/search.md", "---\ntitle: Search\nlayout: search\n---\nFind words.\n");

    private static IReadOnlyList<IndexedPage> Read(TestSite site)
    {
        using var json = JsonDocument.Parse(site.ReadOutput("search-index.json"));
        return json.RootElement.GetProperty("pages").EnumerateArray()
            .Select(p => new IndexedPage(
                p.GetProperty("u").GetString()!,
                p.GetProperty("t").GetString()!,
                p.GetProperty("p").EnumerateArray().Select(x => (x[0].GetString()!, x[1].GetString()!, x[2].GetString()!)).ToList()))
            .ToList();
    }

    [Fact]
    public void Every_page_has_an_entry_with_its_title_and_its_passages_per_heading()
    {
        using var site = Site();
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        var pages = Read(site);

        Assert.Equal(["/", "/notes/", "/notes/first/", "/tricky/"], pages.Select(p => p.Url));
        var first = Assert.Single(pages, p => p.Url == "/notes/first/");
        Assert.Equal("First notes", first.Title);
        Assert.Equal(
            [("", "First notes", "Intro before any heading."), ("harvest-figures", "Harvest figures", "Wheat was cited here."), ("second-part", "Second part", "Oats and barley.")],
            first.Passages);
    }

    [Fact]
    public void What_is_marked_data_search_ignore_and_the_notes_are_left_out_and_so_is_the_search_page()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        var json = site.ReadOutput("search-index.json");

        Assert.DoesNotContain("hidden-word", json);
        Assert.DoesNotContain("footnote that is not indexed", json);
        Assert.DoesNotContain("Find words", json);
        Assert.DoesNotContain("/search/", json);
    }

    [Fact]
    public void Quotes_backslashes_and_markup_in_titles_and_text_survive_the_round_trip()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        var tricky = Assert.Single(Read(site), p => p.Url == "/tricky/");

        Assert.Equal("Quotes \"and\" <tags> & more", tricky.Title);
        Assert.Equal("A back\\slash, a </script> and \u00e9l\u00e8ve.", Assert.Single(tricky.Passages, p => p.Text.Length > 0).Text);
        // Accented letters are written as they are, not as six-byte escapes: the index is fetched whole.
        Assert.Contains("\u00e9l\u00e8ve", site.ReadOutput("search-index.json"));
    }

    [Fact]
    public void A_site_whose_layouts_never_ask_for_the_index_gets_none()
    {
        using var site = new TestSite().Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        Assert.Equal(0, site.Build().ExitCode);

        Assert.False(site.OutputExists("search-index.json"));
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void Every_page_links_to_the_search_page_only_when_the_site_has_one()
    {
        using var with = Site();
        Assert.Equal(0, with.Build().ExitCode);
        Assert.Contains("<a href=\"/search/\">Search</a>", with.ReadOutput("notes/first/index.html"));
        Assert.Contains("<a href=\"/search/\">Search</a>", with.ReadOutput("404.html"));

        using var without = new TestSite().Write("input/index.md", "---\ntitle: Home\n---\nHello.\n");
        Assert.Equal(0, without.Build().ExitCode);
        Assert.DoesNotContain(">Search</a>", without.ReadOutput("index.html"));
        Assert.DoesNotContain(">Print edition</a>", without.ReadOutput("index.html"));
    }
}
