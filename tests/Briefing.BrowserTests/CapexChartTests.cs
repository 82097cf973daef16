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

    [Fact]
    public async Task The_csv_linked_under_the_chart_holds_the_tables_figures_row_by_row()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var tab = window.Tab;
        await tab.GotoAsync("/timeline/");

        var link = tab.Locator(".chart-figure .chart-source a", new PageLocatorOptions { HasText = "Download the data (CSV)" });
        Assert.Equal(1, await link.CountAsync());
        Assert.NotEmpty(await tab.Locator(".chart-figure .chart-source a[href^='/sources/#source-']").AllAsync());
        var response = await tab.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, response.Status);
        var lines = (await response.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("company,year,low,high,status,label,sources", lines[0]);

        // Each table row as the CSV would give it: the amount back to its low and high, the label without
        // its note numbers and its "disputed" mark, and the sources its notes link to.
        var table = await tab.Locator("#capex-table tbody tr").EvaluateAllAsync<string[]>("""
            rows => rows.map(row => {
              const text = cell => { const c = cell.cloneNode(true); c.querySelectorAll('sup.note-ref, a.dispute-mark').forEach(s => s.remove()); return c.textContent.trim(); };
              const amount = text(row.cells[2]).match(/^\$([\d.]+)(?:–([\d.]+))?B$/);
              const sources = Array.from(row.cells[3].querySelectorAll('a[role=doc-noteref]'), a =>
                document.getElementById(a.hash.slice(1)).querySelector('a.source-link').hash.replace('#source-', ''));
              return [text(row.cells[0]), text(row.cells[1]), amount[1], amount[2] || amount[1], text(row.cells[4]), text(row.cells[3]), sources.join('; ')]
                .map(cell => /[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell).join(',');
            })
            """);

        Assert.Equal(table, lines.Skip(1));
    }

    [Fact]
    public async Task The_numbered_marks_on_the_chart_show_with_their_key_under_it()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Phone, ColorScheme.Dark);
        var tab = window.Tab;
        await tab.GotoAsync("/timeline/");

        var marks = tab.Locator("svg.chart g.annotation-mark");
        var key = tab.Locator(".chart-figure ol.chart-annotations > li");
        var count = await marks.CountAsync();
        // input/data/events.yml annotates the stock moves of the years the chart draws.
        Assert.True(count > 0, "no annotation mark on the chart");
        Assert.Equal(count, await key.CountAsync());
        var numbers = Enumerable.Range(1, count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // The marks are drawn place by place, so their numbers are in the chart's order, not the key's.
        Assert.Equal(numbers, (await marks.Locator("text").AllTextContentsAsync()).Select(t => t.Trim()).OrderBy(int.Parse));
        Assert.Equal(numbers, (await key.Locator(".annotation-number").AllTextContentsAsync()).Select(t => t.Trim()));

        for (var i = 0; i < count; i++)
        {
            var mark = marks.Nth(i);
            await mark.ScrollIntoViewIfNeededAsync();
            Assert.True(await mark.IsVisibleAsync(), $"mark {i + 1} is not visible");
            var box = await mark.BoundingBoxAsync();
            Assert.True(box is { Width: > 10, Height: > 10 }, $"mark {i + 1} is too small to see: {box?.Width}x{box?.Height}");
            Assert.True(await key.Nth(i).IsVisibleAsync(), $"key {i + 1} is not visible");
            Assert.Equal(1, await key.Nth(i).Locator("sup.note-ref a[role=doc-noteref]").CountAsync());
        }
        // No mark covers a bar's value label or another mark.
        var overlaps = await tab.Locator("svg.chart").EvaluateAsync<string[]>("""
            svg => {
              const boxes = sel => Array.from(svg.querySelectorAll(sel), el => [el, el.getBoundingClientRect()]);
              const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const marks = boxes('g.annotation-mark');
              return marks.flatMap(([m, a], i) => boxes('text.value').concat(marks.slice(i + 1))
                .filter(([, b]) => meet(a, b)).map(([el]) => `mark ${m.textContent} meets '${el.textContent}'`));
            }
            """);
        Assert.Empty(overlaps);

        // Readers of the chart's text description hear the same marks.
        var description = await tab.Locator("svg.chart desc").TextContentAsync() ?? "";
        Assert.All(await key.EvaluateAllAsync<string[]>("items => items.map(li => li.childNodes[3].textContent.trim())"),
            text => Assert.Contains(text, description));
    }
}
