namespace Briefing.Cli;

/// <summary>The preview server is its own issue (#7); until it lands, the command says so instead of pretending.</summary>
public static class PreviewCommand
{
    public static Task<int> RunAsync(SiteSettings site, int port)
    {
        Console.Error.WriteLine($"briefing: preview is not available yet; run 'build' and serve {site.DisplayPath(site.OutputFolder)} with any static server (port {port} requested).");
        return Task.FromResult(BuildCommand.UsageError);
    }
}
