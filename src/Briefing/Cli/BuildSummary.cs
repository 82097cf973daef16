using Briefing.Engine.BuildRecords;
using Briefing.Engine.Execution;
using Briefing.Settings;

namespace Briefing.Cli;

/// <summary>The table a build ends with: each pipeline, its documents and its working time, then the total.</summary>
public static class BuildSummary
{
    public static void Write(EngineResult result, SiteSettings site, bool failed, bool wroteOutput, TextWriter output, bool perModule = false)
    {
        var width = Math.Max(24, result.Timings.Max(t => t.Pipeline.Length) + 2);
        output.WriteLine($"{"Pipeline".PadRight(width)}{"Documents",10}{"Time",10}");
        foreach (var timing in result.Timings)
        {
            output.WriteLine($"{timing.Pipeline.PadRight(width)}{timing.Documents,10}{Ms(timing.Elapsed),10}");
            if (!perModule)
                continue;
            foreach (var (module, elapsed) in timing.Modules.OrderByDescending(m => m.Value))
                output.WriteLine($"  {module.PadRight(width - 2)}{"",10}{Ms(elapsed),10}");
        }
        output.WriteLine($"{"Total".PadRight(width)}{"",10}{Ms(result.Elapsed),10}");
        output.WriteLine(Verdict(result, site, failed, wroteOutput));
    }

    /// <summary>The line a build ends with; a build record keeps it, to say again when nothing changed.</summary>
    public static string Verdict(EngineResult result, SiteSettings site, bool failed, bool wroteOutput)
    {
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count(d => d.IsWarning);
        return failed
            ? $"Build failed: {errors} error(s), {warnings} warning(s){(site.Strict && errors == 0 ? " (--strict)" : "")}; the previous output is left as it was."
            : wroteOutput
                ? $"Built {site.DisplayPath(site.OutputFolder)} with {warnings} warning(s)."
                : $"Checked: no errors, {warnings} warning(s); nothing written.";
    }

    /// <summary>
    /// What a build says when its record showed nothing changed: what was compared, in how long, and the last
    /// build's own verdict, so the warnings printed above it are read as that build's.
    /// </summary>
    public static void WriteUnchanged(BuildRecord record, InputFingerprint inputs, TimeSpan elapsed, TextWriter output)
    {
        output.WriteLine($"Checked {inputs.Files.Count:N0} input files ({inputs.FilesRead:N0} read) and {record.Outputs.Count:N0} output files in {Ms(elapsed)}.");
        output.WriteLine($"Unchanged since the last build, nothing written. The last build: {record.Summary}");
    }

    private static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:0} ms";
}
