namespace Briefing.Tests.Support;

/// <summary>The repository's real input, built once (strict) and shared by every test of the "real site" collection.</summary>
public sealed class RealSite : IDisposable
{
    public RealSite()
    {
        Site = new TestSite().WithRealInput();
        Run = Site.Build(strict: true);
    }

    public TestSite Site { get; }

    public BuildRun Run { get; }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Site.Output, "*.html", SearchOption.AllDirectories);

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RealSiteCollection : ICollectionFixture<RealSite>
{
    public const string Name = "real site";
}
