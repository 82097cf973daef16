using System.Buffers.Binary;
using System.Diagnostics;
using Briefing.Cli;
using Briefing.Engine.BuildRecords;
using Briefing.Settings;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

/// <summary>
/// The build record beside the output: a second build of an unchanged site does no work and says again what
/// the first said; anything the output depends on, changed, builds in full, to exactly what a clean build writes.
/// </summary>
public sealed class BuildRecordTests
{
    private const string Unchanged = "Unchanged since the last build, nothing written.";

    /// <summary>A small site with a page, a folder of notes, a data file, a file copied as it is and one warning (an unused footnote).</summary>
    private static TestSite Site() => new TestSite()
        .Write("input/data/site.yml", "title: Record briefing\n")
        .Write("input/index.md", "---\ntitle: Home\ndate: 2026-03-01\n---\nHello, see [a note](notes/first.md).\n")
        .Write("input/notes/first.md", "# First note\n\nText[^1].\n\n[^1]: used\n[^2]: never used\n")
        .Write("input/notes/second.md", "---\ntitle: Second\n---\nMore text.\n")
        .Write("input/files/plain.txt", "copied as it is");

    [Fact]
    public void An_unchanged_site_is_not_built_again_and_its_warnings_are_said_again()
    {
        using var site = Site();
        var first = Build(site);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("warning BRF103", first.Errors);
        var written = OutputTimes(site);

        var second = Build(site);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(Unchanged, second.Output);
        Assert.Contains("Built output with 1 warning(s).", second.Output);
        Assert.DoesNotContain("Total", second.Output); // no pipeline ran, so no timing table
        Assert.Equal(first.Errors, second.Errors);
        Assert.Empty(second.Diagnostics);
        Assert.Equal(written, OutputTimes(site));
        Assert.Equal(CleanBuild(site), site.HashOutput());
    }

    [Theory]
    [InlineData("a page edited")]
    [InlineData("a theme layout edited")]
    [InlineData("a data file edited")]
    [InlineData("a page added")]
    [InlineData("a page deleted")]
    [InlineData("--base-url changed")]
    [InlineData("--drafts given")]
    public void A_change_builds_in_full_to_what_a_clean_build_writes(string change)
    {
        using var site = Site().Write("input/wip.md", "---\ntitle: Work in progress\ndraft: true\n---\nNot ready.\n");
        Assert.Equal(0, Build(site).ExitCode);
        var before = site.HashOutput();

        var settings = site.Settings();
        switch (change)
        {
            case "a page edited":
                site.Write("input/notes/second.md", "---\ntitle: Second, revised\n---\nOther text.\n");
                break;
            case "a theme layout edited":
                File.AppendAllText(Path.Combine(site.Root, "theme/layouts/page.sbn"), "<!-- revised -->\n");
                break;
            case "a data file edited":
                site.Write("input/data/site.yml", "title: Revised briefing\n");
                break;
            case "a page added":
                site.Write("input/notes/third.md", "# Third\n\nNew.\n");
                break;
            case "a page deleted":
                File.Delete(Path.Combine(site.Input, "notes/second.md"));
                break;
            case "--base-url changed":
                settings = settings with { BaseUrl = "https://elsewhere.test" };
                break;
            case "--drafts given":
                settings = settings with { IncludeDrafts = true };
                break;
        }
        var run = Build(site, settings);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Unchanged, run.Output);
        Assert.Contains("Total", run.Output);
        Assert.NotEqual(before, site.HashOutput());
        Assert.Equal(CleanBuild(site, settings), site.HashOutput());
        Assert.Contains(Unchanged, Build(site, settings).Output); // and the new record stands for the new output
    }

    [Fact]
    public void A_page_touched_without_a_change_is_still_unchanged()
    {
        using var site = Site();
        Settle(site);
        Assert.Equal(0, Build(site).ExitCode);
        var page = Path.Combine(site.Input, "notes/second.md");
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow);

        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(Unchanged, run.Output);
        Assert.Contains("(1 read)", run.Output);
    }

    [Fact]
    public void Inputs_written_well_before_the_last_build_are_not_read_again()
    {
        using var site = Site();
        Settle(site);
        Assert.Equal(0, Build(site).ExitCode);

        var run = Build(site);

        Assert.Contains(Unchanged, run.Output);
        Assert.Contains("(0 read)", run.Output);
    }

    /// <summary>
    /// A file rewritten so soon after the listing that its time did not move (file systems keep time in ticks,
    /// FAT in 2 s) is unseen by size and time: its bytes are read again, as git does with racily clean files.
    /// </summary>
    [Fact]
    public void A_page_rewritten_with_the_same_size_and_time_just_after_a_build_is_read_again()
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);
        var page = Path.Combine(site.Input, "notes/second.md");
        var time = File.GetLastWriteTimeUtc(page);
        site.Write("input/notes/second.md", "---\ntitle: Fourth\n---\nMore text.\n"); // "Second" and "Fourth": the same size
        File.SetLastWriteTimeUtc(page, time);

        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Unchanged, run.Output);
        Assert.Contains("Fourth", site.ReadOutput("notes/second/index.html"));
    }

    /// <summary>A link's own size and time do not move when the file it points to is edited: the target's are compared.</summary>
    [Fact]
    public void A_page_that_is_a_link_is_known_by_the_file_it_points_to()
    {
        if (OperatingSystem.IsWindows())
            return; // links need privileges there
        using var site = Site().Write("elsewhere/linked.md", "# Linked\n\nFirst words.\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "linked.md"), Path.Combine(site.Root, "elsewhere/linked.md"));
        Settle(site);
        Assert.Equal(0, Build(site).ExitCode);
        var unchanged = Build(site);
        Assert.Contains(Unchanged, unchanged.Output);
        Assert.Contains("(0 read)", unchanged.Output);

        site.Write("elsewhere/linked.md", "# Linked\n\nOther words.\n");
        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Unchanged, run.Output);
        Assert.Contains("Other words.", site.ReadOutput("linked/index.html"));
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("deleted")]
    [InlineData("added")]
    public void An_output_file_changed_by_hand_is_put_right(string how)
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);
        var clean = site.HashOutput();
        var page = Path.Combine(site.Output, "notes/first/index.html");
        switch (how)
        {
            case "edited":
                File.AppendAllText(page, "<!-- by hand -->");
                break;
            case "deleted":
                File.Delete(page);
                break;
            case "added":
                File.WriteAllText(Path.Combine(site.Output, "notes/stray.html"), "not the build's");
                break;
        }

        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Unchanged, run.Output);
        Assert.Equal(clean, site.HashOutput());
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("a byte changed")]
    [InlineData("empty")]
    [InlineData("not a record")]
    [InlineData("another format version")]
    public void A_damaged_record_is_ignored_and_the_site_built_in_full(string damage)
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);
        var path = RecordPath(site);
        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "truncated":
                bytes = bytes[..(bytes.Length / 2)];
                break;
            case "a byte changed":
                bytes[bytes.Length / 2] ^= 0x20;
                break;
            case "empty":
                bytes = [];
                break;
            case "not a record":
                bytes = "{\"version\": 1}"u8.ToArray();
                break;
            case "another format version":
                bytes = OtherVersion(bytes);
                break;
        }
        File.WriteAllBytes(path, bytes);

        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Unchanged, run.Output);
        Assert.DoesNotContain("error", run.Errors);
        Assert.Equal(CleanBuild(site), site.HashOutput());
        Assert.Contains(Unchanged, Build(site).Output);
    }

    [Fact]
    public void A_failed_build_keeps_the_old_record_and_output_and_a_fix_builds()
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);
        var record = File.ReadAllBytes(RecordPath(site));
        var output = site.HashOutput();

        site.Write("input/notes/second.md", "---\ntitle: [unclosed\n---\nText.\n");
        var failed = Build(site);
        var again = Build(site);

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error BRF202", again.Errors);
        Assert.Equal(record, File.ReadAllBytes(RecordPath(site)));
        Assert.Equal(output, site.HashOutput());

        site.Write("input/notes/second.md", "---\ntitle: Second, fixed\n---\nText.\n");
        var fixedRun = Build(site);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.ToString());
        Assert.DoesNotContain(Unchanged, fixedRun.Output);
        Assert.Contains("Second, fixed", site.ReadOutput("notes/second/index.html"));
        Assert.Equal(CleanBuild(site), site.HashOutput());
    }

    [Fact]
    public void Undoing_a_failed_edit_finds_the_last_good_output_unchanged()
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);
        var page = Path.Combine(site.Input, "notes/second.md");
        var good = File.ReadAllText(page);

        site.Write("input/notes/second.md", "---\ntitle: [unclosed\n---\nText.\n");
        Assert.Equal(1, Build(site).ExitCode);
        site.Write("input/notes/second.md", good);
        var run = Build(site);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(Unchanged, run.Output);
        Assert.Equal(CleanBuild(site), site.HashOutput());
    }

    [Fact]
    public void Strict_after_a_build_with_warnings_fails_rather_than_saying_the_build_again()
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);

        var strict = Build(site, site.Settings(strict: true));

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("(--strict)", strict.Output);
    }

    [Fact]
    public void No_cache_builds_in_full_even_when_nothing_changed_and_writes_a_fresh_record()
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);
        var written = OutputTimes(site);

        var run = Build(site, noCache: true);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Unchanged, run.Output);
        Assert.Contains("Total", run.Output);
        Assert.NotEqual(written, OutputTimes(site));
        Assert.Contains(Unchanged, Build(site).Output);
    }

    [Fact]
    public void Another_generator_builds_in_full()
    {
        using var site = Site();
        Assert.Equal(0, Build(site, generator: "generator one").ExitCode);
        Assert.Contains(Unchanged, Build(site, generator: "generator one").Output);

        var run = Build(site, generator: "generator two");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Unchanged, run.Output);
        Assert.Contains(Unchanged, Build(site, generator: "generator two").Output);
    }

    [Fact]
    public void The_generator_is_known_by_its_assemblies_and_settings()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-tests", "generator-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var dll = Path.Combine(folder, "Briefing.dll");
            var settings = Path.Combine(folder, "Briefing.runtimeconfig.json");
            File.Copy(typeof(BuildCommand).Assembly.Location, dll);
            File.WriteAllText(settings, "{}");
            var identities = new List<string> { GeneratorIdentity.Of(folder) };
            Assert.Equal(identities[0], GeneratorIdentity.Of(folder));
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not part of the generator");
            Assert.Equal(identities[0], GeneratorIdentity.Of(folder));

            // Another assembly under the same name: the engine's, standing in for a rebuilt Briefing.dll.
            File.Copy(typeof(BuildRecord).Assembly.Location, dll, overwrite: true);
            identities.Add(GeneratorIdentity.Of(folder));
            // The same bytes written again, as a build or publish does.
            File.SetLastWriteTimeUtc(dll, File.GetLastWriteTimeUtc(dll).AddSeconds(1));
            identities.Add(GeneratorIdentity.Of(folder));
            File.WriteAllText(settings, "{ \"configProperties\": {} }");
            identities.Add(GeneratorIdentity.Of(folder));
            File.Copy(typeof(BuildRecord).Assembly.Location, Path.Combine(folder, "Added.dll"));
            identities.Add(GeneratorIdentity.Of(folder));

            Assert.Equal(identities.Count, identities.Distinct().Count());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_setting_is_part_of_the_options_compared()
    {
        var settings = SiteSettings.ForRoot("/site");
        var options = BuildRecording.OptionsOf(settings);
        foreach (var property in typeof(SiteSettings).GetProperties().Where(p => p.CanWrite))
        {
            var changed = settings with { };
            property.SetValue(changed, property.PropertyType == typeof(bool) ? !(bool)property.GetValue(settings)! : "/other");
            Assert.True(BuildRecording.OptionsOf(changed) != options, $"{property.Name} is not compared");
        }
    }

    [Fact]
    public void Check_and_list_external_run_the_pipelines_and_check_writes_no_record()
    {
        using var site = Site();
        var check = BuildAs(site, writeOutput: false);
        Assert.Equal(0, check.ExitCode);
        Assert.False(File.Exists(RecordPath(site)));

        Assert.Equal(0, Build(site).ExitCode);
        Assert.DoesNotContain(Unchanged, BuildAs(site, writeOutput: false).Output);
        var listing = BuildAs(site, writeOutput: true, listExternal: true);
        Assert.DoesNotContain(Unchanged, listing.Output);
        Assert.Contains("Total", listing.Output);
    }

    [Fact]
    public void The_record_sits_beside_the_output_with_no_temporary_file_left()
    {
        using var site = Site();
        Assert.Equal(0, Build(site).ExitCode);

        Assert.True(File.Exists(Path.Combine(site.Root, ".output.build-record")));
        Assert.Equal([".output.build-record"], Directory.EnumerateFiles(site.Root, ".output*").Select(Path.GetFileName));
        var record = BuildRecordStore.Read(RecordPath(site));
        Assert.NotNull(record);
        Assert.Contains(record.Inputs, i => i.Path == "input/notes/first.md");
        Assert.Contains(record.Inputs, i => i.Path == "theme/layouts/page.sbn");
        Assert.Contains(record.Outputs, o => o.Path == "notes/first/index.html");
        Assert.Equal(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count(), record.Outputs.Count);
    }

    [Fact]
    public void Every_truncation_of_a_record_is_refused_and_the_whole_reads_back()
    {
        var record = new BuildRecord("generator", "options", 638_000_000_000_000_000,
            [new RecordedInput("input/a.md", 3, 10, [1, 2, 3]), new RecordedInput("theme/é.sbn", 0, 11, [])],
            [new RecordedOutput("a/index.html", 100, 12)],
            ["input/a.md(1,1): warning X: y"], "Built output.");
        var bytes = BuildRecordFormat.Encode(record);

        var back = BuildRecordFormat.Decode(bytes);

        Assert.NotNull(back);
        Assert.Equal((record.Generator, record.Options, record.ListedAtTicks, record.Summary), (back.Generator, back.Options, back.ListedAtTicks, back.Summary));
        Assert.Equal(record.Inputs.Select(i => (i.Path, i.Size, i.LastWriteTicks, Convert.ToHexString(i.Hash))), back.Inputs.Select(i => (i.Path, i.Size, i.LastWriteTicks, Convert.ToHexString(i.Hash))));
        Assert.Equal(record.Outputs, back.Outputs);
        Assert.Equal(record.Messages, back.Messages);
        for (var length = 0; length < bytes.Length; length++)
            Assert.Null(BuildRecordFormat.Decode(bytes.AsSpan(0, length)));
    }

    [Fact]
    public void No_cache_is_read_from_the_command_line()
    {
        Assert.True(CommandLine.Parse(["build", "--no-cache"]).NoCache);
        Assert.False(CommandLine.Parse(["build"]).NoCache);
        Assert.Contains("--no-cache", CommandLine.Usage);
    }

    /// <summary>The command line as a user runs it: the second build is the record's, --no-cache is not.</summary>
    [Fact]
    public void The_command_line_builds_once_then_finds_the_site_unchanged()
    {
        using var site = Site();
        var briefing = Path.Combine(AppContext.BaseDirectory, "Briefing.dll");

        var first = Run(briefing, "build", "--root", site.Root);
        var second = Run(briefing, "build", "--root", site.Root);
        var full = Run(briefing, "build", "--root", site.Root, "--no-cache");

        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        Assert.DoesNotContain(Unchanged, first.Stdout);
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.Contains(Unchanged, second.Stdout);
        Assert.Equal(first.Stderr, second.Stderr);
        Assert.True(full.ExitCode == 0, full.Stdout + full.Stderr);
        Assert.DoesNotContain(Unchanged, full.Stdout);
    }

    private static BuildRun Build(TestSite site, SiteSettings? settings = null, bool noCache = false, string? generator = null) =>
        BuildAs(site, writeOutput: true, settings: settings, noCache: noCache, generator: generator);

    /// <summary>Through the command the CLI runs, with the record read as the CLI's build reads it.</summary>
    private static BuildRun BuildAs(TestSite site, bool writeOutput, SiteSettings? settings = null, bool noCache = false, string? generator = null, bool listExternal = false)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var outcome = BuildCommand.RunAsync(settings ?? site.Settings(), writeOutput, output, errors, listExternal,
            reuseUnchanged: !noCache, generatorIdentity: generator ?? "the generator under test").GetAwaiter().GetResult();
        return new BuildRun(outcome.ExitCode, output.ToString(), errors.ToString(), outcome.Result?.Diagnostics ?? []);
    }

    /// <summary>The same site built with no record into a folder of its own: what the output must be.</summary>
    private static IReadOnlyDictionary<string, string> CleanBuild(TestSite site, SiteSettings? settings = null)
    {
        var clean = (settings ?? site.Settings()) with { OutputFolder = Path.Combine(site.Root, "clean-" + Guid.NewGuid().ToString("N")) };
        var run = BuildAs(site, writeOutput: true, settings: clean, noCache: true);
        Assert.True(run.ExitCode == 0, run.ToString());
        return TestSite.HashFolder(clean.OutputFolder);
    }

    private static string RecordPath(TestSite site) => BuildRecordStore.PathFor(site.Output);

    private static Dictionary<string, long> OutputTimes(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(site.Output, p), p => File.GetLastWriteTimeUtc(p).Ticks);

    /// <summary>Every input and theme file last written a minute ago, as a site is between edits: size and time can vouch for them.</summary>
    private static void Settle(TestSite site)
    {
        var earlier = DateTime.UtcNow.AddMinutes(-1);
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, earlier);
    }

    /// <summary>The record with its version field raised and its checksum made right again: refused for its version alone.</summary>
    private static byte[] OtherVersion(byte[] bytes)
    {
        var record = BuildRecordFormat.Decode(bytes)!;
        var encoded = BuildRecordFormat.Encode(record);
        var versionAt = "briefing-build-record\n"u8.Length;
        Assert.Equal(BuildRecord.FormatVersion, BitConverter.ToInt32(encoded, versionAt));
        BitConverter.GetBytes(BuildRecord.FormatVersion + 1).CopyTo(encoded, versionAt);
        BinaryPrimitives.WriteUInt64LittleEndian(encoded.AsSpan(encoded.Length - 8), System.IO.Hashing.XxHash64.HashToUInt64(encoded.AsSpan(0, encoded.Length - 8)));
        return encoded;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
