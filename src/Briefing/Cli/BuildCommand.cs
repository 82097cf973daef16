using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Output;
using Briefing.Markdown;
using Briefing.Metadata;
using Briefing.Settings;
using PipelineEngine = Briefing.Engine.Execution.Engine;

namespace Briefing.Cli;

/// <summary>
/// One build: runs the site's pipelines into a staging folder, prints diagnostics and a timing table,
/// and swaps the new site in only when there is no error (and, with --strict, no warning).
/// </summary>
public static class BuildCommand
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public sealed record Outcome(int ExitCode, EngineResult? Result);

    public static async Task<Outcome> RunAsync(SiteSettings site, bool writeOutput, TextWriter output, TextWriter errors, bool listExternal = false, bool perModule = false, CancellationToken cancellationToken = default)
    {
        if (CheckFolders(site) is { } folderProblem)
        {
            errors.WriteLine(folderProblem);
            return new Outcome(UsageError, null);
        }

        StagedOutput staged;
        try
        {
            staged = StagedOutput.Begin(site.OutputFolder);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine(Diagnostic.Error(DiagnosticCodes.OutputFolderUnusable, SourceLocation.Of(site.DisplayPath(site.OutputFolder)),
                $"cannot write the output folder: {problem.Message}"));
            return new Outcome(Failed, null);
        }

        using (staged)
        {
            var engine = new PipelineEngine(SiteConfiguration.Pipelines(site));
            // Pages wait between phases in a file beside the output, not in memory (a large site's text would not fit).
            using var spill = SpillFile.CreateIn(Path.GetDirectoryName(staged.StagingFolder)!);
            var result = await engine.RunAsync(staged.StagingFolder, cancellationToken, EngineRunOptions.Build with { Spill = spill });
            foreach (var diagnostic in result.Diagnostics)
                errors.WriteLine(diagnostic);

            var failed = !result.Succeeded || (site.Strict && result.Diagnostics.Any(d => d.IsWarning));
            if (!failed && writeOutput)
            {
                try
                {
                    staged.Commit();
                }
                catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
                {
                    errors.WriteLine(Diagnostic.Error(DiagnosticCodes.OutputFolderUnusable, SourceLocation.Of(site.DisplayPath(site.OutputFolder)),
                        $"cannot replace the output folder: {problem.Message}"));
                    return new Outcome(Failed, result);
                }
            }

            if (listExternal)
                ListExternalLinks(result, output);
            BuildSummary.Write(result, site, failed, writeOutput, output, perModule);
            return new Outcome(failed ? Failed : Succeeded, result);
        }
    }

    private static Diagnostic? CheckFolders(SiteSettings site)
    {
        if (!Directory.Exists(site.InputFolder))
        {
            return Diagnostic.Error(DiagnosticCodes.InputFolderMissing, SourceLocation.Of(site.DisplayPath(site.InputFolder)),
                "the input folder does not exist: pass --input with a folder of Markdown files, or --root with a folder holding input/");
        }
        var output = site.OutputFolder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var source in new[] { site.InputFolder, site.ThemeFolder })
        {
            var folder = source.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (output.StartsWith(folder, StringComparison.Ordinal) || folder.StartsWith(output, StringComparison.Ordinal))
            {
                return Diagnostic.Error(DiagnosticCodes.OutputFolderUnusable, SourceLocation.Of(site.DisplayPath(site.OutputFolder)),
                    $"the output folder must not be inside (or contain) '{site.DisplayPath(source)}': the build would read its own output; choose another --output");
            }
        }
        return null;
    }

    private static void ListExternalLinks(EngineResult result, TextWriter output)
    {
        var external = result.Outputs.Values.SelectMany(d => d)
            .Select(d => d.GetOrDefault(SiteKeys.Markdown))
            .OfType<RenderedMarkdown>()
            .SelectMany(m => m.ExternalLinks)
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var link in external)
            output.WriteLine(link);
    }
}
