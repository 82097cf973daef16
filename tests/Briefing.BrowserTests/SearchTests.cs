using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The search page on the real site, under its Content-Security-Policy: it finds what each page says, says when nothing matches, and says what it needs without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchTests(BrowserFixture browser)
{
    private const string Results = "#search-results li";

    /// <summary>Per page of the index, a word of its own text: the longest in its first passage, so it is unlikely to be the only one of its kind elsewhere.</summary>
    private IReadOnlyList<(string Url, string Word)> AWordFromEachPage()
    {
        using var json = JsonDocument.Parse(browser.RealSite.Site.ReadOutput("search-index.json"));
        return json.RootElement.GetProperty("pages").EnumerateArray()
            .Select(page => (
                Url: page.GetProperty("u").GetString()!,
                Word: page.GetProperty("p").EnumerateArray().Select(p => p[2].GetString()!).First(text => text.Length > 0) is var text
                    ? Word().Matches(text).Select(m => m.Value).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First()
                    : ""))
            .ToList();
    }

    private async Task<(BrowserWindow Window, List<string> Errors)> OpenAsync(bool javaScript = true)
    {
        var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light, javaScript, CspRecorder.InstallAsync);
        var errors = new List<string>();
        window.Tab.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        window.Tab.PageError += (_, error) => errors.Add(error);
        return (window, errors);
    }

    [Fact]
    public async Task Search_finds_a_word_from_each_page_and_marks_it_with_no_csp_violation_or_console_error()
    {
        var (window, errors) = await OpenAsync();
        await using var _ = window;
        var tab = window.Tab;
        await tab.GotoAsync("/search/");
        Assert.False(await tab.Locator("#search-needs-js").IsVisibleAsync(), "the page says search needs JavaScript although it runs");

        var words = AWordFromEachPage();
        Assert.True(words.Count >= 10, $"only {words.Count} pages in the index");
        foreach (var (url, word) in words)
        {
            // Typed in upper case, as a reader might: the search ignores case.
            var input = tab.Locator("#search-query");
            await input.FillAsync(word.ToUpperInvariant());
            await input.PressAsync("Enter");
            await Assertions.Expect(tab.Locator("#search-status")).ToContainTextAsync("match");
            var links = await tab.Locator($"{Results} a.search-result-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.True(links.Any(href => href == url || href.StartsWith(url + "#", StringComparison.Ordinal)), $"'{word}' did not find {url}: {string.Join(", ", links)}");
            var marks = await tab.Locator($"{Results} mark").AllTextContentsAsync();
            Assert.Contains(marks, m => m.Equals(word, StringComparison.OrdinalIgnoreCase));
        }
        // The query is kept in the address, so a search can be shared and the back button returns to it.
        Assert.Contains("q=", tab.Url);

        Assert.Empty(await CspRecorder.ReadAsync(tab));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_word_the_briefing_never_uses_shows_a_no_results_state()
    {
        var (window, errors) = await OpenAsync();
        await using var _ = window;
        var tab = window.Tab;
        await tab.GotoAsync("/search/?q=qzxjvwpk");

        await Assertions.Expect(tab.Locator("#search-status")).ToContainTextAsync("No results for “qzxjvwpk”");
        Assert.Equal(0, await tab.Locator(Results).CountAsync());
        Assert.Equal("qzxjvwpk", await tab.Locator("#search-query").InputValueAsync());
        Assert.Empty(await CspRecorder.ReadAsync(tab));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_search_needs_it_and_lists_every_page()
    {
        var (window, _) = await OpenAsync(javaScript: false);
        await using var __ = window;
        var tab = window.Tab;
        await tab.GotoAsync("/search/?q=meta");

        await Assertions.Expect(tab.Locator("#search-needs-js")).ToBeVisibleAsync();
        Assert.Contains("needs JavaScript", await tab.Locator("#search-needs-js").TextContentAsync());
        var navigation = await tab.Locator(".site-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var listed = await tab.Locator(".search-pages a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(navigation);
        Assert.Equal(navigation, listed);
        Assert.True(await tab.Locator(".search-pages").IsVisibleAsync());
    }

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();
}
