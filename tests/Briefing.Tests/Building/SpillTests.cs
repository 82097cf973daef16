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
        var ways = new Dictionary<string, PageStorage>
        {
            ["memory"] = PageStorage.InMemory,
            ["spilled"] = new(SpillFrom: 0, WriteAtOnceFrom: long.MaxValue), // Markdown and rendered HTML on disk, laid-out pages in memory
            ["disk"] = PageStorage.OnDisk,
        };

        var built = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var (name, storage) in ways)
        {
            var output = Path.Combine(_folder, name);
            var outcome = await BuildCommand.RunAsync(settings with { OutputFolder = output }, writeOutput: true, TextWriter.Null, TextWriter.Null, pageStorage: storage);
            Assert.Equal(BuildCommand.Succeeded, outcome.ExitCode);
            built[name] = TestSite.HashFolder(output);
        }

        Assert.True(built["memory"].Count > 20, $"only {built["memory"].Count} files built");
        Assert.Equal(built["memory"], built["spilled"]);
        Assert.Equal(built["memory"], built["disk"]);
        // The spill file had no name: nothing is left beside the outputs but the outputs and their build records.
        Assert.Equal(["disk", "memory", "spilled"], Directory.EnumerateDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.EnumerateFiles(_folder), file => Assert.EndsWith(".build-record", file, StringComparison.Ordinal));
    }
}
