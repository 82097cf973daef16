using Briefing.Cli;
using Briefing.Settings;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

/// <summary>A large site's pages wait on disk between phases; the site built that way is the one built in memory, byte for byte.</summary>
public sealed class SpillTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spill-build-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_briefing_built_with_its_pages_on_disk_is_byte_for_byte_the_one_built_in_memory()
    {
        // The real site: every layout, the sources page laid out after the others, the print edition reading laid-out pages, search.
        var settings = SiteSettings.ForRoot(Repository.Root) with { BaseUrl = "https://briefing.test" };
        var inMemory = settings with { OutputFolder = Path.Combine(_folder, "memory") };
        var onDisk = settings with { OutputFolder = Path.Combine(_folder, "disk") };

        var first = await BuildCommand.RunAsync(inMemory, writeOutput: true, TextWriter.Null, TextWriter.Null, spillFromPageBytes: long.MaxValue);
        var second = await BuildCommand.RunAsync(onDisk, writeOutput: true, TextWriter.Null, TextWriter.Null, spillFromPageBytes: 0);

        Assert.Equal(BuildCommand.Succeeded, first.ExitCode);
        Assert.Equal(BuildCommand.Succeeded, second.ExitCode);
        var expected = TestSite.HashFolder(inMemory.OutputFolder);
        Assert.True(expected.Count > 20, $"only {expected.Count} files built");
        Assert.Equal(expected, TestSite.HashFolder(onDisk.OutputFolder));
        // The spill file had no name: nothing is left beside the outputs but the outputs and their build records.
        Assert.Equal(["disk", "memory"], Directory.EnumerateDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.EnumerateFiles(_folder), file => Assert.EndsWith(".build-record", file, StringComparison.Ordinal));
    }
}
