using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// A site folder built once to disk (to list its pages) and served by the preview server,
/// which answers with netlify.toml's headers, Content-Security-Policy included.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly PreviewServer _server;

    private ServedSite(TestSite site, PreviewServer server, IReadOnlyList<SitePage> pages)
    {
        Site = site;
        _server = server;
        Pages = pages;
    }

    public TestSite Site { get; }

    public Uri Address => _server.Address;

    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>A copy of the repository's input/ and theme/, to serve as it is or with a fault planted in it.</summary>
    public static TestSite CopyOfRealSite() => new TestSite()
        .WithRealInput()
        .Write("netlify.toml", File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml")));

    /// <summary>Builds strictly, as CI does: a site the generator warns about is not one to test in a browser.</summary>
    public static async Task<ServedSite> StartAsync(TestSite site)
    {
        var build = site.Build(strict: true);
        if (build.ExitCode != 0)
            throw new InvalidOperationException($"The site under test did not build:\n{build}");
        var server = await PreviewServer.StartAsync(site.Settings(strict: true), port: 0, TextWriter.Null);
        return new ServedSite(site, server, SitePage.InOutput(site.Output));
    }

    public Uri Url(string path) => new(Address, path);

    public SitePage Page(string urlPath) => Pages.Single(page => page.UrlPath == urlPath);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Site.Dispose();
    }
}
