using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Opens one page in a fresh window and lists everything wrong with it: console errors, blocked content,
/// failed requests, a page wider than the window, axe-core violations. Optionally keeps a full-page screenshot.
/// </summary>
public static partial class PageInspector
{
    public static async Task<IReadOnlyList<Problem>> InspectAsync(
        IBrowser browser, ServedSite site, SitePage page, Viewport viewport, ColorScheme scheme, string? screenshotPath = null)
    {
        var problems = new ProblemLog(page, viewport, BrowserWindow.Name(scheme));
        var window = await BrowserWindow.OpenAsync(browser, site, viewport, scheme, beforeFirstPage: CspRecorder.InstallAsync);
        try
        {
            var tab = window.Tab;
            var target = site.Url(page.UrlPath).ToString();
            Listen(tab, problems, page, target);

            var response = await tab.GotoAsync(target, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response?.Status != page.ExpectedStatus)
                problems.Add(ProblemKind.FailedRequest, $"the page answered {response?.Status.ToString() ?? "nothing"}, not {page.ExpectedStatus}");
            await tab.EvaluateAsync("() => document.fonts.ready.then(() => true)");

            if (await OverflowProbe.FindAsync(tab) is { } overflow)
                problems.Add(ProblemKind.HorizontalOverflow, overflow);
            if (screenshotPath is not null)
                // A full page is a large image: on a loaded machine it can take longer than a step that cannot
                // happen should, and it is kept for a person to look at, not timed.
                await tab.ScreenshotAsync(new PageScreenshotOptions { Path = screenshotPath, FullPage = true, Timeout = 60_000 });
            foreach (var violation in await AxeAudit.ViolationsAsync(tab))
                problems.Add(ProblemKind.Accessibility, violation);
            // Read last, so a violation dispatched late is still counted.
            foreach (var violation in await CspRecorder.ReadAsync(tab))
                problems.Add(ProblemKind.CspViolation, violation);
        }
        finally
        {
            // Closing aborts the live-reload event stream; that is the test's doing, not the page's.
            problems.Stop();
            await window.DisposeAsync();
        }
        return problems.Found;
    }

    private static void Listen(IPage tab, ProblemLog problems, SitePage page, string target)
    {
        tab.Console += (_, message) =>
        {
            if (message.Type != "error")
                return;
            // Chromium logs every load that fails, the 404 page's own answer included; some it tells of nowhere else.
            if (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                var url = LineAndColumn().Replace(message.Location, "");
                // Chromium asks for /favicon.ico once per run, on whichever page comes first; FaviconTests checks it on every page.
                if (new Uri(url).AbsolutePath == "/favicon.ico")
                    return;
                if (url != target || !message.Text.Contains($"status of {page.ExpectedStatus}", StringComparison.Ordinal))
                    problems.AddRequest(url, $"{url}: {message.Text}");
                return;
            }
            problems.Add(ProblemKind.ConsoleError, $"console error: {message.Text} (at {message.Location})");
        };
        tab.PageError += (_, error) => problems.Add(ProblemKind.ConsoleError, $"uncaught exception: {error}");
        tab.RequestFailed += (_, request) =>
            problems.AddRequest(request.Url, $"{request.Method} {request.Url} failed: {request.Failure}");
        tab.Response += (_, response) =>
        {
            var expected = response.Url == target && response.Status == page.ExpectedStatus;
            if (response.Status >= 400 && !expected)
                problems.AddRequest(response.Url, $"{response.Request.Method} {response.Url} answered {response.Status}");
        };
    }

    // A console message's location is "url:line:column".
    [GeneratedRegex(@":\d+:\d+$")]
    private static partial Regex LineAndColumn();

    /// <summary>Problems gathered from the browser's event threads until the inspection stops listening.</summary>
    private sealed class ProblemLog(SitePage page, Viewport viewport, string scheme)
    {
        private readonly List<Problem> _found = [];
        private readonly HashSet<string> _failedUrls = [];
        private bool _listening = true;

        public IReadOnlyList<Problem> Found
        {
            get
            {
                lock (_found)
                    return [.. _found];
            }
        }

        public void Add(ProblemKind kind, string what)
        {
            lock (_found)
            {
                if (_listening)
                    _found.Add(new Problem(page, viewport, scheme, kind, what));
            }
        }

        /// <summary>A failed load, once per URL: the network events and the console both tell of most.</summary>
        public void AddRequest(string url, string what)
        {
            lock (_found)
            {
                if (_failedUrls.Add(url))
                    Add(ProblemKind.FailedRequest, what);
            }
        }

        public void Stop()
        {
            lock (_found)
                _listening = false;
        }
    }
}
