using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The print edition of the real site: every page in the navigation's order, and on paper none of the screen's chrome.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintEditionTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_print_page_holds_every_page_title_in_navigation_order()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var tab = window.Tab;
        await tab.GotoAsync("/print/");
        var navigation = await tab.Locator(".site-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var chapters = await tab.Locator("section.chapter .chapter-title").AllTextContentsAsync();
        var addresses = await tab.Locator("section.chapter .chapter-address a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(navigation.Length >= 10, $"only {navigation.Length} pages in the navigation");
        Assert.Equal(navigation, addresses);

        var titles = new List<string>();
        foreach (var url in navigation)
        {
            await tab.GotoAsync(url);
            titles.Add((await tab.Locator("h1").TextContentAsync() ?? "").Trim());
        }
        Assert.Equal(titles, chapters.Select(t => t.Trim()));
    }

    [Fact]
    public async Task Printed_the_header_navigation_and_footer_are_hidden_and_each_chapter_starts_a_page()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var tab = window.Tab;
        await tab.GotoAsync("/print/");
        Assert.True(await tab.Locator(".site-header").IsVisibleAsync(), "the header is not shown on screen");

        await tab.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await tab.Locator(".site-header").IsVisibleAsync(), "the header is printed");
        Assert.False(await tab.Locator(".site-nav").IsVisibleAsync(), "the navigation is printed");
        Assert.False(await tab.Locator(".site-footer").IsVisibleAsync(), "the footer is printed");
        Assert.True(await tab.Locator("section.chapter .chapter-title").First.IsVisibleAsync());
        var breaks = await tab.Locator("section.chapter").EvaluateAllAsync<string[]>("sections => sections.map(s => getComputedStyle(s).breakBefore)");
        Assert.All(breaks, b => Assert.Equal("page", b));
        // A link within the edition leads to another part of the same paper: no address is printed after it.
        var internalLink = tab.Locator("section.chapter .prose a[href^='#c']").First;
        Assert.Equal("none", await internalLink.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"));
    }
}
