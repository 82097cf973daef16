using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// One Chromium and one served copy of the real site for the whole suite; the sweep of every page
/// runs once, on first use, and each test of it reads the part it checks.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ServedSite? _realSite;
    private Task<IReadOnlyList<Problem>>? _sweep;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public ServedSite RealSite => _realSite ?? throw new InvalidOperationException("The real site is not served.");

    public async Task InitializeAsync()
    {
        (_playwright, _browser) = await DebianChromium.LaunchAsync();
        _realSite = await ServedSite.StartAsync(ServedSite.CopyOfRealSite());
    }

    /// <summary>Tests of one collection run one at a time, so the first caller starts the sweep and the rest share it.</summary>
    public Task<IReadOnlyList<Problem>> SweepAsync() => _sweep ??= SiteSweep.RunAsync(Browser, RealSite);

    public async Task DisposeAsync()
    {
        if (_realSite is not null)
            await _realSite.DisposeAsync();
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
