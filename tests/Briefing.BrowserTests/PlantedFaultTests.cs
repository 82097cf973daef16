using Briefing.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests;

/// <summary>
/// The checks can fail: each test plants one fault in a copy of the real site, builds and serves it,
/// runs the same check the suite runs on the real site, and requires that check to report the fault.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlantedFaultTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task An_image_without_alt_text_is_reported_by_axe()
    {
        var copy = ServedSite.CopyOfRealSite()
            .Write("input/images/planted.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#c00"/></svg>""");
        var risks = Path.Combine(copy.Input, "risks.md");
        File.AppendAllText(risks, "\n\n<p><img src=\"/images/planted.svg\" width=\"8\" height=\"8\"></p>\n");
        await using var site = await ServedSite.StartAsync(copy);

        var problems = await InspectAsync(site, "/risks/");

        Assert.Contains(problems, problem => problem.Kind == ProblemKind.Accessibility && problem.What.StartsWith("image-alt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_inline_script_in_the_theme_is_blocked_and_recorded_as_a_csp_violation()
    {
        var copy = ServedSite.CopyOfRealSite();
        var end = Path.Combine(copy.Root, "theme", "partials", "end.sbn");
        File.WriteAllText(end, File.ReadAllText(end).Replace("</body>", "<script>document.title = 'planted';</script>\n</body>", StringComparison.Ordinal));
        await using var site = await ServedSite.StartAsync(copy);

        var problems = await InspectAsync(site, "/");

        // The init script's securitypolicyviolation listener saw it, not only the console.
        Assert.Contains(problems, problem => problem.Kind == ProblemKind.CspViolation && problem.What.StartsWith("script-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_note_preview_that_no_longer_opens_fails_the_hover_check()
    {
        // input/assets/js/site.js takes the place of the theme's script.
        var copy = ServedSite.CopyOfRealSite().Write("input/assets/js/site.js", "/* planted: no note previews */\n");
        await using var site = await ServedSite.StartAsync(copy);
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, site, Viewport.Desktop, ColorScheme.Light);
        await window.Tab.GotoAsync("/");

        var failure = await NotePreview.OpenByHoverAsync(window.Tab, window.Tab.Locator(NotePreview.MarkerSelector).First);

        output.WriteLine(failure ?? "the preview opened");
        Assert.NotNull(failure);
        Assert.Contains("no .note-popover", failure);
    }

    /// <summary>The same inspection as the sweep's, at one size; what it found is shown with the test.</summary>
    private async Task<IReadOnlyList<Problem>> InspectAsync(ServedSite site, string urlPath)
    {
        var problems = await PageInspector.InspectAsync(browser.Browser, site, site.Page(urlPath), Viewport.Desktop, ColorScheme.Light);
        output.WriteLine(Problem.Report(problems));
        return problems;
    }
}
