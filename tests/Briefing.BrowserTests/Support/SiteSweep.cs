using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>Every page, at every viewport, in light and in dark, inspected in parallel windows of one browser.</summary>
public static class SiteSweep
{
    public static readonly IReadOnlyList<ColorScheme> Schemes = [ColorScheme.Light, ColorScheme.Dark];

    // Two cores: a few windows at once keep both busy while others wait on the network or axe.
    private const int Windows = 4;

    public static async Task<IReadOnlyList<Problem>> RunAsync(IBrowser browser, ServedSite site)
    {
        Screenshots.Clear();
        var views = site.Pages
            .SelectMany(page => Viewport.All.SelectMany(viewport => Schemes.Select(scheme => (page, viewport, scheme))))
            .ToList();
        var results = new IReadOnlyList<Problem>[views.Count];
        await Parallel.ForAsync(0, views.Count, new ParallelOptions { MaxDegreeOfParallelism = Windows }, async (i, _) =>
        {
            var (page, viewport, scheme) = views[i];
            results[i] = await PageInspector.InspectAsync(browser, site, page, viewport, scheme, Screenshots.PathFor(page, viewport, scheme));
        });
        return results.SelectMany(found => found).ToList();
    }
}
