using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Launches Debian's Chromium package through Playwright's driver, which the NuGet package ships.
/// Playwright's own browser builds are never downloaded: the machines reach no host that serves them.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>No sandbox (CI runs as root), no GPU, and nothing that would reach the network on its own.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        // Never skip: a browser test that does not run must not look like one that passed.
        if (!File.Exists(ExecutablePath))
        {
            var where = Environment.GetEnvironmentVariable("CI") == "true" ? "CI" : "this machine";
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ExecutablePath}, which is missing on {where}. " +
                "Run `bash tests/run-all.sh`: it installs the chromium package with apt-get before running the tests.");
        }
        // With an ExecutablePath the driver needs no browser of its own, so no PLAYWRIGHT_* setting is needed.
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
