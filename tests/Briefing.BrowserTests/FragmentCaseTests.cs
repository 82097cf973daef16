using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>A link written for GitHub, whose fragment differs from the heading's id only in case, still lands on the heading.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FragmentCaseTests(BrowserFixture browser)
{
    [Fact]
    public async Task Opening_a_fragment_in_another_case_scrolls_to_its_heading()
    {
        var filler = string.Concat(Enumerable.Repeat("A paragraph that takes room on the screen, so the heading starts far below the top.\n\n", 60));
        var copy = ServedSite.CopyOfRealSite()
            .Write("input/case.md", $"---\ntitle: Case\n---\n\n{filler}## Far below\n\nThe end.\n");
        await using var site = await ServedSite.StartAsync(copy);
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, site, Viewport.Desktop, ColorScheme.Light);

        await window.Tab.GotoAsync("/case/#Far-Below");

        // The stylesheet scrolls smoothly, so the heading arrives after an animation: wait for it (10 s at most), then check.
        var inView = "() => { const top = document.getElementById('far-below').getBoundingClientRect().top; return top >= 0 && top < innerHeight; }";
        await window.Tab.WaitForFunctionAsync(inView, null, new PageWaitForFunctionOptions { Timeout = 10_000, PollingInterval = 100 });
        Assert.True(await window.Tab.EvaluateAsync<bool>(inView));
    }
}
