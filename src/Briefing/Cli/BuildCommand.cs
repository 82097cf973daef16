using System.Diagnostics;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Engine.BuildRecords;
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
/// and swaps the new site in only when there is no error (and, with --strict, no warning). A build that
/// swapped its site in leaves a record of it beside the output, so the next one, finding nothing changed,
/// does no work at all (<see cref="BuildRecordCheck"/>).
/// </summary>
public static class BuildCommand
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public sealed record Outcome(int ExitCode, EngineResult? Result);

    /// <summary>The pages' size: from the record's listing when this build has one (listing 10,000 pages again measured 90 to 110 ms).</summary>
    private static long PageBytes(SiteSettings site, BuildRecording.PlannedRecord? record) =>
        record is not null
            ? record.Inputs.Files.Where(f => f.Path.StartsWith(BuildRecording.InputLabel + "/", StringComparison.Ordinal) && InputIndex.IsMarkdown(f.Path)).Sum(f => f.Size)
            : InputFiles.Under(site, site.InputFolder).Where(f => InputIndex.IsMarkdown(f.Relative)).Sum(f => new FileInfo(f.Full).Length);

    /// <param name="reuseUnchanged">
    /// Read the last build's record and, when nothing it lists changed, say again what that build said and
    /// write nothing (the CLI's build, unless --no-cache). Either way a build that replaces the output
    /// writes a fresh record for the next one.
    /// </param>
    /// <param name="generatorIdentity">Who is building (<see cref="GeneratorIdentity"/>); tests pass another to play a rebuilt generator.</param>
    /// <param name="pageStorage">From which size the pages wait on disk between phases (<see cref="PageStorage.BySize"/>); tests choose.</param>
    public static async Task<Outcome> RunAsync(
        SiteSettings site,
        bool writeOutput,
        TextWriter output,
        TextWriter errors,
        bool listExternal = false,
        bool perModule = false,
        bool reuseUnchanged = false,
        string? generatorIdentity = null,
        PageStorage? pageStorage = null,
        CancellationToken cancellationToken = default)
    {
        if (CheckFolders(site) is { } folderProblem)
        {
            errors.WriteLine(folderProblem);
            return new Outcome(UsageError, null);
        }

        // Only a build that replaces the output has a record: check writes nothing, and --list-external
        // prints what only a run of the pipelines knows.
        BuildRecording.PlannedRecord? record = null;
        if (writeOutput)
        {
            var check = BuildRecording.Check(site, readPrevious: reuseUnchanged && !listExternal, generatorIdentity);
            record = check.Planned;
            if (perModule)
                BuildRecording.WriteTimings(check, output);
            if (check.Previous is { } previous && check.Difference is null)
            {
                BuildRecording.Replay(previous, record, check.Elapsed, output, errors);
                return new Outcome(Succeeded, null);
            }
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
            // A large site's pages wait between phases in a file beside the output, not in memory, where their text
            // would not fit; a smaller one's stay in memory, which is faster (bench/README.md, "Pages on disk").
            pageStorage ??= PageStorage.BySize;
            var pageBytes = PageBytes(site, record);
            using var spill = pageBytes >= pageStorage.SpillFrom ? SpillFile.CreateIn(Path.GetDirectoryName(staged.StagingFolder)!) : null;
            var result = await engine.RunAsync(staged.StagingFolder, cancellationToken, pageStorage.OptionsFor(pageBytes, spill));
            foreach (var diagnostic in result.Diagnostics)
                errors.WriteLine(diagnostic);

            var failed = !result.Succeeded || (site.Strict && result.Diagnostics.Any(d => d.IsWarning));
            if (!failed && writeOutput)
            {
                // Listed before the swap, from the folder this build wrote: a rename keeps every file's size and
                // time, and a build committing beside this one cannot slip its files into this record.
                var written = record is null ? [] : FileListing.Under(staged.StagingFolder);
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
                if (record is not null)
                    BuildRecording.Write(record, written, result, BuildSummary.Verdict(result, site, failed, wroteOutput: true), site, errors);
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
