using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The capex chart on /timeline/ is drawn from the same figures as the table beside it, which screen readers and copy-paste use.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CapexChartTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_figure_labelled_in_the_chart_is_in_the_table()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var tab = window.Tab;
        await tab.GotoAsync("/timeline/");

        var labels = await tab.Locator("svg.chart text.value").AllTextContentsAsync();
        // The table's Figure column, without the note numbers after each figure.
        var figures = await tab.Locator("#capex-table tbody tr").EvaluateAllAsync<string[]>("""
            rows => rows.map(row => {
              const cell = row.cells[2].cloneNode(true);
              cell.querySelectorAll('sup.note-ref').forEach(sup => sup.remove());
              return cell.textContent.trim();
            })
            """);

        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.Contains(label.Trim(), figures));
        // One bar, so one label, per row of the table.
        Assert.Equal(figures.Order(StringComparer.Ordinal), labels.Select(label => label.Trim()).Order(StringComparer.Ordinal));
    }
}
