using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>On every page the first Tab reaches "Skip to the content", and following it puts focus on the main content.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SkipLinkTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_main_on_every_page()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var tab = window.Tab;
        var failures = new List<string>();
        foreach (var page in browser.RealSite.Pages)
        {
            await tab.GotoAsync(page.UrlPath);
            await tab.Keyboard.PressAsync("Tab");
            var first = tab.Locator(":focus");
            if (!await first.EvaluateAsync<bool>("e => e.matches('a.skip-link[href=\"#main\"]')"))
            {
                failures.Add($"{page}: the first Tab stop is {await first.EvaluateAsync<string>("e => e.outerHTML")}");
                continue;
            }
            if (!await first.IsVisibleAsync() || await first.BoundingBoxAsync() is not { Y: >= 0, X: >= 0 })
                failures.Add($"{page}: the focused skip link is not visible in the window");
            await tab.Keyboard.PressAsync("Enter");
            var focused = await tab.EvaluateAsync<string?>("() => document.activeElement?.id");
            if (focused != "main")
                failures.Add($"{page}: after Enter on the skip link focus is on #{focused}, not #main");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
