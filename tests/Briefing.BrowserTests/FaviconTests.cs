using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// Every page has an icon the browser can load: the one its &lt;link rel="icon"&gt; names, else /favicon.ico.
/// Checked here, page by page, because Chromium itself asks for the icon only once per run, on whichever page comes first.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FaviconTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_page_has_an_icon_that_loads()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var failures = new List<string>();
        foreach (var page in browser.RealSite.Pages)
        {
            await window.Tab.GotoAsync(page.UrlPath);
            var icon = await window.Tab.EvaluateAsync<string>("() => document.querySelector('link[rel~=\"icon\"]')?.href ?? new URL('/favicon.ico', location.href).href");
            if (icon.StartsWith("data:", StringComparison.Ordinal))
                continue;
            await using var response = await window.Context.APIRequest.GetAsync(icon);
            var type = response.Headers.GetValueOrDefault("content-type") ?? "";
            if (response.Status != 200 || !type.StartsWith("image/", StringComparison.Ordinal))
                failures.Add($"{page}: its icon {icon} answered {response.Status} ({type}); add a favicon or a <link rel=\"icon\">");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
