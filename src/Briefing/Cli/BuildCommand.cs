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

    /// <summary>
    /// 128 MB of Markdown, about 15,000 pages of bench/'s corpus: held in memory, a build takes about 8.6 bytes
    /// for each byte of Markdown, so from here on it would pass 1 GB; on disk it stays under 2 GiB at 100,000 pages.
    /// </summary>
    public const long SpillFromPageBytes = 128L * 1024 * 1024;

    private static long PageBytes(SiteSettings site) =>
        InputFiles.Under(site, site.InputFolder).Where(f => InputIndex.IsMarkdown(f.Relative)).Sum(f => new FileInfo(f.Full).Length);

    /// <param name="reuseUnchanged">
    /// Read the last build's record and, when nothing it lists changed, say again what that build said and
    /// write nothing (the CLI's build, unless --no-cache). Either way a build that replaces the output
    /// writes a fresh record for the next one.
    /// </param>
    /// <param name="generatorIdentity">Who is building (<see cref="GeneratorIdentity"/>); tests pass another to play a rebuilt generator.</param>
    /// <param name="spillFromPageBytes">The pages' size from which they wait on disk between phases (<see cref="SpillFromPageBytes"/>); tests pass 0.</param>
    public static async Task<Outcome> RunAsync(
        SiteSettings site,
        bool writeOutput,
        TextWriter output,
        TextWriter errors,
        bool listExternal = false,
        bool perModule = false,
        bool reuseUnchanged = false,
        string? generatorIdentity = null,
        long? spillFromPageBytes = null,
        CancellationToken cancellationToken = default)
    {
        if (CheckFolders(site) is { } folderProblem)
        {
            errors.WriteLine(folderProblem);
            return new Outcome(UsageError, null);
        }

        // Only a build that replaces the output has a record: check writes nothing, and --list-external
        // prints what only a run of the pipelines knows.
        PlannedRecord? record = null;
        if (writeOutput)
        {
            var check = CheckRecord(site, readPrevious: reuseUnchanged && !listExternal, generatorIdentity);
            record = check.Planned;
            if (perModule)
                WriteCheckTimings(check, output);
            if (check.Previous is { } previous && check.Difference is null)
            {
                Replay(previous, record, check.Elapsed, output, errors);
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
            using var spill = PageBytes(site) >= (spillFromPageBytes ?? SpillFromPageBytes) ? SpillFile.CreateIn(Path.GetDirectoryName(staged.StagingFolder)!) : null;
            var result = await engine.RunAsync(staged.StagingFolder, cancellationToken, EngineRunOptions.Build with { Spill = spill });
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
                    WriteRecord(record, written, result, BuildSummary.Verdict(result, site, failed, wroteOutput: true), site, errors);
            }

            if (listExternal)
                ListExternalLinks(result, output);
            BuildSummary.Write(result, site, failed, writeOutput, output, perModule);
            return new Outcome(failed ? Failed : Succeeded, result);
        }
    }

    /// <summary>What the record of this build will hold besides what it wrote, known before any pipeline runs.</summary>
    private sealed record PlannedRecord(string Path, string Generator, string Options, InputFingerprint Inputs);

    /// <param name="Difference">Why the previous record cannot stand for this build; null when it can (or there is none).</param>
    /// <param name="Steps">Each step's time, for --timings: the check is what an unchanged build costs.</param>
    private sealed record RecordCheck(PlannedRecord Planned, BuildRecord? Previous, string? Difference, IReadOnlyList<CheckStep> Steps, TimeSpan Elapsed);

    /// <remarks>A class: a list of tuples is compiled at run time even in a ReadyToRun build.</remarks>
    private sealed record CheckStep(string Name, TimeSpan Elapsed);

    /// <summary>
    /// Lists and hashes the inputs (reusing the previous record's hashes where size and time vouch for them)
    /// and, when there is a previous record, compares it with everything this build would depend on.
    /// The inputs are hashed here, before any pipeline reads them, whatever the outcome: see <see cref="InputFingerprint"/>.
    /// </summary>
    private static RecordCheck CheckRecord(SiteSettings site, bool readPrevious, string? generatorIdentity)
    {
        var total = Stopwatch.StartNew();
        var steps = new List<CheckStep>();
        T Timed<T>(string step, Func<T> work)
        {
            var clock = Stopwatch.StartNew();
            var value = work();
            steps.Add(new CheckStep(step, clock.Elapsed));
            return value;
        }

        // One step after another: each already keeps both cores busy (the listings go folder by folder side by
        // side), and running the steps side by side too was measured to cost more CPU for no time saved.
        var path = BuildRecordStore.PathFor(site.OutputFolder);
        var previous = readPrevious ? Timed("read the record", () => BuildRecordStore.Read(path)) : null;
        var generator = generatorIdentity ?? Timed("identify the generator", () => GeneratorIdentity.Current);
        var listing = Timed("list the inputs", () => InputFingerprint.List(InputFoldersOf(site), IsHidden));
        var inputs = Timed("hash the inputs", () => InputFingerprint.Take(listing, previous));
        var planned = new PlannedRecord(path, generator, OptionsOf(site), inputs);
        var difference = previous is null ? null : BuildRecordCheck.FirstDifference(previous, generator, planned.Options, inputs,
            () => Timed("list the output", () => FileListing.Under(site.OutputFolder)));
        return new RecordCheck(planned, previous, difference, steps, total.Elapsed);
    }

    private static void WriteCheckTimings(RecordCheck check, TextWriter output)
    {
        var inputs = check.Planned.Inputs;
        output.WriteLine($"Build record: {(check.Previous is null ? "none read" : check.Difference is null ? "unchanged" : check.Difference)}; " +
            $"{inputs.Files.Count:N0} input files, {inputs.FilesRead:N0} read ({inputs.BytesRead / 1024.0 / 1024.0:0.0} MB)");
        foreach (var step in check.Steps)
            output.WriteLine($"  {step.Name,-30}{step.Elapsed.TotalMilliseconds,8:0} ms");
    }

    /// <summary>
    /// Everything in the settings can change the output (or, for --strict, whether there is one): the record's
    /// generated text lists every property, so a setting added later is compared without anyone remembering to.
    /// </summary>
    internal static string OptionsOf(SiteSettings site) => site.ToString();

    /// <summary>The folders the pipelines read (Statiq.config.cs): the site's pages and data, and the theme.</summary>
    private static IReadOnlyList<InputFolder> InputFoldersOf(SiteSettings site) =>
        [new InputFolder("input", site.InputFolder), new InputFolder("theme", site.ThemeFolder)];

    /// <summary>Hidden files and folders are not the site's: the build's own listing rule (Content/InputFiles.cs).</summary>
    private static bool IsHidden(string name) => name.StartsWith('.');

    private static void Replay(BuildRecord previous, PlannedRecord current, TimeSpan elapsed, TextWriter output, TextWriter errors)
    {
        foreach (var message in previous.Messages)
            errors.WriteLine(message);
        if (current.Inputs.FilesRead > 0)
        {
            // Files read again had the same bytes under new times (touched, checked out again): keeping their
            // new times spares reading them next time.
            TryWrite(current.Path, previous with { ListedAtTicks = current.Inputs.ListedAtTicks, Inputs = current.Inputs.Files }, out _);
        }
        BuildSummary.WriteUnchanged(previous, current.Inputs, elapsed, output);
    }

    private static void WriteRecord(PlannedRecord planned, IReadOnlyList<ListedFile> written, EngineResult result, string verdict, SiteSettings site, TextWriter errors)
    {
        var record = new BuildRecord(planned.Generator, planned.Options, planned.Inputs.ListedAtTicks, planned.Inputs.Files,
            written.Select(RecordedOutput.Of).ToList(), result.Diagnostics.Select(d => d.ToString()).ToList(), verdict);
        if (TryWrite(planned.Path, record, out var problem))
            return;
        // The previous record lists the outputs just replaced, so it could not vouch for them anyway; removed to be plain about it.
        BuildRecordStore.Delete(planned.Path);
        errors.WriteLine($"briefing: note: the build record {site.DisplayPath(planned.Path)} could not be written ({problem}); the next build runs in full.");
    }

    private static bool TryWrite(string path, BuildRecord record, out string? problem)
    {
        try
        {
            BuildRecordStore.Write(path, record);
            problem = null;
            return true;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            problem = failure.Message;
            return false;
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
