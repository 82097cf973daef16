using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The filter above the events on /timeline/: it narrows them by company and kind, says how many show, and without JavaScript stays out of the way.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineFilterTests(BrowserFixture browser)
{
    private const string Events = "#events-list > li";

    [Fact]
    public async Task Choosing_a_company_shows_only_its_events_and_says_how_many()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Phone, ColorScheme.Light);
        var tab = window.Tab;
        await tab.GotoAsync("/timeline/");
        var company = tab.Locator(".timeline-filter select[data-filter='company']");
        var kind = tab.Locator(".timeline-filter select[data-filter='kind']");
        var status = tab.Locator(".timeline-filter .filter-status");
        var total = await tab.Locator(Events).CountAsync();
        Assert.True(await company.IsVisibleAsync(), "the filter is hidden although JavaScript runs");
        Assert.Equal(total, await VisibleAsync(tab));

        // The second company of companies.yml: fewer events than the whole timeline.
        var id = await company.Locator("option").Nth(2).GetAttributeAsync("value") ?? "";
        var expected = await tab.Locator($"{Events}[data-company='{id}']").CountAsync();
        Assert.InRange(expected, 1, total - 1);
        await company.SelectOptionAsync(id);

        Assert.Equal(expected, await VisibleAsync(tab));
        Assert.All(await VisibleCompaniesAsync(tab), shown => Assert.Equal(id, shown));
        Assert.Equal($"Showing {expected} of {total} events", await status.TextContentAsync());

        // Company and kind together: the market events of that company.
        await kind.SelectOptionAsync("market");
        var both = await tab.Locator($"{Events}[data-company='{id}'][data-kind='market']").CountAsync();
        Assert.Equal(both, await VisibleAsync(tab));
        Assert.Equal($"Showing {both} of {total} events", await status.TextContentAsync());

        await company.SelectOptionAsync("");
        await kind.SelectOptionAsync("");
        Assert.Equal(total, await VisibleAsync(tab));
        Assert.Equal($"Showing {total} of {total} events", await status.TextContentAsync());
    }

    [Fact]
    public async Task Without_JavaScript_every_event_shows_and_the_filter_is_hidden()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Phone, ColorScheme.Light, javaScript: false);
        var tab = window.Tab;
        await tab.GotoAsync("/timeline/");

        var total = await tab.Locator(Events).CountAsync();
        Assert.True(total > 1);
        Assert.Equal(total, await VisibleAsync(tab));
        Assert.False(await tab.Locator(".timeline-filter").IsVisibleAsync(), "the filter shows although it cannot work without JavaScript");
    }

    private static Task<int> VisibleAsync(IPage tab) => tab.Locator(Events).Filter(new LocatorFilterOptions { Visible = true }).CountAsync();

    private static Task<string[]> VisibleCompaniesAsync(IPage tab) =>
        tab.Locator(Events).EvaluateAllAsync<string[]>("items => items.filter(li => !li.hidden).map(li => li.dataset.company)");
}
