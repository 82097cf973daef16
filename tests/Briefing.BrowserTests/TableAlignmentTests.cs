using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// A Markdown table's column alignment survives the site's Content-Security-Policy: style-src 'self'
/// blocks style attributes, so the alignment is a class on each cell that the stylesheet aligns.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TableAlignmentTests(BrowserFixture browser)
{
    [Fact]
    public async Task Each_column_is_aligned_as_its_delimiter_row_says_under_the_csp()
    {
        var copy = ServedSite.CopyOfRealSite()
            .Write("input/aligned.md", "---\ntitle: Aligned\n---\n\n| Plain | Left | Centre | Right |\n|---|:---|:---:|---:|\n| a | b | c | d |\n| a longer cell | b longer | c longer | d longer |\n");
        await using var site = await ServedSite.StartAsync(copy);
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, site, Viewport.Desktop, ColorScheme.Light);
        var violations = new List<string>();
        window.Tab.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text); };

        await window.Tab.GotoAsync("/aligned/");

        foreach (var cell in new[] { "th", "td" })
        {
            var alignments = await window.Tab.Locator($"main table tr:first-of-type {cell}").EvaluateAllAsync<string[]>(
                "cells => cells.map(c => getComputedStyle(c).textAlign)");
            Assert.Equal(["left", "left", "center", "right"], alignments);
        }
        Assert.Empty(violations);
    }
}
