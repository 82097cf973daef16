using Briefing.BrowserTests.Support;
using Xunit.Abstractions;

namespace Briefing.BrowserTests;

/// <summary>
/// Every built page at 1366x900 and 390x844, light and dark, as Chromium shows it under the site's real headers.
/// One sweep serves all these tests; each fails with the problems of its kind, named by page, viewport and scheme.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_loads_without_a_console_error()
        => AssertNone(await ProblemsAsync(ProblemKind.ConsoleError), "console errors");

    [Fact]
    public async Task Every_page_loads_without_a_content_security_policy_violation()
        => AssertNone(await ProblemsAsync(ProblemKind.CspViolation), "Content-Security-Policy violations");

    [Fact]
    public async Task Every_request_of_every_page_succeeds()
        => AssertNone(await ProblemsAsync(ProblemKind.FailedRequest), "failed requests");

    [Fact]
    public async Task No_page_is_wider_than_its_window()
        => AssertNone(await ProblemsAsync(ProblemKind.HorizontalOverflow), "horizontal overflow");

    [Fact]
    public async Task Axe_finds_no_wcag_22_aa_violation_on_any_page()
        => AssertNone(await ProblemsAsync(ProblemKind.Accessibility), "axe-core violations");

    [Fact]
    public async Task Every_page_has_a_full_page_screenshot_in_each_viewport_and_scheme()
    {
        await SweepAsync();
        var missing = browser.RealSite.Pages
            .SelectMany(page => Viewport.All.SelectMany(viewport => SiteSweep.Schemes.Select(scheme => Screenshots.PathFor(page, viewport, scheme))))
            .Where(path => !File.Exists(path))
            .ToList();
        Assert.True(missing.Count == 0, "screenshots missing:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_sweep_covers_every_html_file_of_the_build_including_the_404_page()
    {
        var folder = browser.RealSite.Site.Output;
        var built = Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'));
        var swept = browser.RealSite.Pages.Select(page => page.File).ToList();

        Assert.Equal(built.Order(StringComparer.Ordinal), swept.Order(StringComparer.Ordinal));
        Assert.Contains("404.html", swept);
        Assert.Contains("matrix/index.html", swept);
    }

    private async Task<IReadOnlyList<Problem>> SweepAsync()
    {
        var all = await browser.SweepAsync();
        SweepReport.Publish(all, output);
        return all;
    }

    private async Task<IReadOnlyList<Problem>> ProblemsAsync(ProblemKind kind) =>
        (await SweepAsync()).Where(problem => problem.Kind == kind).ToList();

    private static void AssertNone(IReadOnlyList<Problem> problems, string what) =>
        Assert.True(problems.Count == 0, $"{what}: {Problem.Report(problems)}\nScreenshots: {Screenshots.Folder}");
}
