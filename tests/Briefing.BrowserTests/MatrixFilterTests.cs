using System.Text.RegularExpressions;
using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The filter above the comparison table on /matrix/: it narrows the rows, and without JavaScript it stays out of the way.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MatrixFilterTests(BrowserFixture browser)
{
    private const string Rows = "#comparison-table tbody tr";

    [Fact]
    public async Task Typing_in_the_filter_shows_only_matching_rows_and_says_how_many()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var tab = window.Tab;
        await tab.GotoAsync("/matrix/");
        var input = tab.Locator(".matrix-filter input");
        var total = await tab.Locator(Rows).CountAsync();
        Assert.True(await input.IsVisibleAsync(), "the filter is hidden although JavaScript runs");
        Assert.Equal(total, await VisibleRowsAsync(tab));

        await input.PressSequentiallyAsync("cloud");

        var shown = await VisibleRowsAsync(tab);
        Assert.InRange(shown, 1, total - 1);
        Assert.Equal($"Showing {shown} of {total} dimensions", await tab.Locator(".matrix-filter .filter-status").TextContentAsync());
        var texts = await tab.Locator(Rows).EvaluateAllAsync<RowText[]>(
            "rows => rows.map(row => ({ hidden: row.hidden, text: row.textContent.toLowerCase() }))");
        Assert.All(texts.Where(row => !row.Hidden), row => Assert.Contains("cloud", row.Text));
        Assert.All(texts.Where(row => row.Hidden), row => Assert.DoesNotContain("cloud", row.Text));

        await input.PressAsync("Escape");
        Assert.Equal("", await input.InputValueAsync());
        Assert.Equal(total, await VisibleRowsAsync(tab));
    }

    [Fact]
    public async Task Without_JavaScript_the_whole_table_shows_and_the_filter_is_hidden()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Phone, ColorScheme.Light, javaScript: false);
        var tab = window.Tab;
        await tab.GotoAsync("/matrix/");

        // The caption counts the dimensions from input/data/matrix.yml (11 today).
        var caption = await tab.Locator("#comparison-table caption").TextContentAsync() ?? "";
        var dimensions = int.Parse(DimensionCount().Match(caption).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(dimensions, await tab.Locator(Rows).CountAsync());
        Assert.Equal(dimensions, await VisibleRowsAsync(tab));
        Assert.False(await tab.Locator(".matrix-filter").IsVisibleAsync(), "the filter shows although it cannot work without JavaScript");
    }

    private static Task<int> VisibleRowsAsync(IPage tab) => tab.Locator(Rows).Filter(new LocatorFilterOptions { Visible = true }).CountAsync();

    [GeneratedRegex(@"\((\d+) dimensions\)")]
    private static partial Regex DimensionCount();

    // Filled by Playwright's deserializer, which needs settable properties.
    private sealed class RowText
    {
        public bool Hidden { get; set; }

        public string Text { get; set; } = "";
    }
}
