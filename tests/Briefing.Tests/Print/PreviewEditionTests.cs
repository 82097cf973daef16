using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Print;

/// <summary>In preview, pages laid out from other pages are laid out again when those change, though every layout result is cached.</summary>
public sealed class PreviewEditionTests
{
    private static async Task<string> Eventually(Func<Task<string>> probe, string expected, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string last;
        do
        {
            last = await probe();
            if (last.Contains(expected, StringComparison.Ordinal))
                return last;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"timed out waiting for {what}; last: {last}");
        return last;
    }

    [Fact]
    public async Task An_edit_to_a_page_shows_in_the_print_edition_and_the_search_index()
    {
        using var site = new TestSite()
            .Write("input/index.md", "---\ntitle: Home\norder: 1\n---\nFirst version.\n")
            .Write("input/print.md", "---\ntitle: Everything\nlayout: print\n---\nAll of it.\n")
            .Write("input/search.md", "---\ntitle: Search\nlayout: search\n---\nFind.\n");
        await using var server = await PreviewServer.StartAsync(site.Settings(), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Contains("First version.", await http.GetStringAsync("/print/"));
        Assert.Contains("First version.", await http.GetStringAsync("/search-index.json"));

        site.Write("input/index.md", "---\ntitle: Home\norder: 1\n---\nSecond version.\n");

        var print = await Eventually(() => http.GetStringAsync("/print/"), "Second version.", "the print edition to show the edit");
        Assert.DoesNotContain("First version.", print);
        var index = await Eventually(() => http.GetStringAsync("/search-index.json"), "Second version.", "the search index to hold the edit");
        Assert.DoesNotContain("First version.", index);
    }
}
