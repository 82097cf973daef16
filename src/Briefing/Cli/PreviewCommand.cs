using Briefing.Diagnostics;
using Briefing.Preview;
using Briefing.Settings;

namespace Briefing.Cli;

/// <summary><c>preview</c>: build, serve on 127.0.0.1, rebuild on change; Ctrl+C stops cleanly.</summary>
public static class PreviewCommand
{
    public static async Task<int> RunAsync(SiteSettings site, int port)
    {
        if (!Directory.Exists(site.InputFolder))
        {
            Console.Error.WriteLine($"{site.DisplayPath(site.InputFolder)}: error {DiagnosticCodes.InputFolderMissing}: the input folder does not exist");
            return BuildCommand.UsageError;
        }
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // A service manager or a terminal closing sends SIGTERM: stop as cleanly as on Ctrl+C.
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        await using var server = await PreviewServer.StartAsync(site, port, Console.Out);
        Console.WriteLine($"Previewing at {server.Address} (watching {site.DisplayPath(site.InputFolder)} and {site.DisplayPath(site.ThemeFolder)}); Ctrl+C stops.");
        await server.WaitForShutdownAsync(stop.Token);
        Console.WriteLine("Stopped.");
        return BuildCommand.Succeeded;
    }
}
