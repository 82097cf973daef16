using System.Diagnostics;
using Briefing.Engine.BuildRecords;
using Briefing.Engine.Execution;
using Briefing.Settings;

namespace Briefing.Cli;

/// <summary>
/// The build record's part in a build (<see cref="BuildCommand"/>): what this build depends on, compared
/// with the last build's record before any pipeline runs; the last build's messages said again when nothing
/// changed; a new record written after a build that replaced the output.
/// </summary>
internal static class BuildRecording
{
    /// <summary>How the record names the input folder: its files' paths start "input/".</summary>
    public const string InputLabel = "input";

    /// <summary>What the record of this build will hold besides what it wrote, known before any pipeline runs.</summary>
    public sealed record PlannedRecord(string Path, string Generator, string Options, InputFingerprint Inputs);

    /// <param name="Difference">Why the previous record cannot stand for this build; null when it can (or there is none).</param>
    /// <param name="Steps">Each step's time, for --timings: the check is what an unchanged build costs.</param>
    public sealed record RecordCheck(PlannedRecord Planned, BuildRecord? Previous, string? Difference, IReadOnlyList<CheckStep> Steps, TimeSpan Elapsed);

    /// <remarks>A class: a list of tuples is compiled at run time even in a ReadyToRun build.</remarks>
    public sealed record CheckStep(string Name, TimeSpan Elapsed);

    /// <summary>
    /// Lists and hashes the inputs (reusing the previous record's hashes where size and time vouch for them)
    /// and, when there is a previous record, compares it with everything this build would depend on.
    /// The inputs are hashed here, before any pipeline reads them, whatever the outcome: see <see cref="InputFingerprint"/>.
    /// </summary>
    public static RecordCheck Check(SiteSettings site, bool readPrevious, string? generatorIdentity)
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

    public static void WriteTimings(RecordCheck check, TextWriter output)
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
        [new InputFolder(InputLabel, site.InputFolder), new InputFolder("theme", site.ThemeFolder)];

    /// <summary>Hidden files and folders are not the site's: the build's own listing rule (Content/InputFiles.cs).</summary>
    private static bool IsHidden(string name) => name.StartsWith('.');

    public static void Replay(BuildRecord previous, PlannedRecord current, TimeSpan elapsed, TextWriter output, TextWriter errors)
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

    public static void Write(PlannedRecord planned, IReadOnlyList<ListedFile> written, EngineResult result, string verdict, SiteSettings site, TextWriter errors)
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
}
