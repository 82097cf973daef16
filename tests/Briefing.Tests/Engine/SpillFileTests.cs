using System.Text;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Engine.Pipelines;

namespace Briefing.Tests.Engine;

public sealed class SpillFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Texts_kept_from_every_core_at_once_read_back_each_as_it_was_written()
    {
        using var spill = SpillFile.CreateIn(_folder);
        var texts = Enumerable.Range(0, 2000).Select(i => $"page {i}: " + new string((char)('a' + i % 26), i % 300) + " ü €").ToArray();
        var kept = new DocumentContent[texts.Length];

        Parallel.For(0, texts.Length, i => kept[i] = spill.Keep(Encoding.UTF8.GetBytes(texts[i])));

        Assert.All(kept, content => Assert.IsType<SpilledContent>(content));
        Assert.Equal(texts, kept.Select(c => c.ReadText()));
        Assert.Equal(Encoding.UTF8.GetBytes(texts[1999]), kept[1999].ReadUtf8());
    }

    [Fact]
    public void The_file_has_no_name_in_its_folder_so_a_killed_build_leaves_nothing()
    {
        if (OperatingSystem.IsWindows())
            return; // deleted on close there, which a killed process's handles also are

        using var spill = SpillFile.CreateIn(_folder);
        spill.Keep([1, 2, 3]);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task Content_a_module_keeps_is_spilled_in_a_build_and_in_memory_without_a_spill_file()
    {
        using var spill = SpillFile.CreateIn(_folder);
        var pipelines = new[] { new Pipeline("p") { Input = [new MakeKept()] } };

        var spilled = await new Briefing.Engine.Execution.Engine(pipelines).RunAsync(_folder, options: EngineRunOptions.Build with { Spill = spill });
        var inMemory = await new Briefing.Engine.Execution.Engine(pipelines).RunAsync(_folder, options: EngineRunOptions.Build);

        Assert.IsType<SpilledContent>(Assert.Single(spilled.Outputs["p"]).Content);
        Assert.IsType<Utf8Content>(Assert.Single(inMemory.Outputs["p"]).Content);
        Assert.Equal("kept", spilled.Outputs["p"][0].Content.ReadText());
        Assert.Equal("kept", inMemory.Outputs["p"][0].Content.ReadText());
    }

    [Fact]
    public async Task Final_content_kept_with_its_destination_is_written_there_at_once_and_read_back_from_there()
    {
        using var spill = SpillFile.CreateIn(_folder);
        var output = Path.Combine(_folder, "staging");
        var pipelines = new[] { new Pipeline("p") { Input = [new MakeKept("notes/a/index.html")] } };

        var result = await new Briefing.Engine.Execution.Engine(pipelines).RunAsync(output, options: EngineRunOptions.Build with { Spill = spill, WriteFinalAtOnce = true });

        var content = Assert.IsType<WrittenContent>(Assert.Single(result.Outputs["p"]).Content);
        Assert.Equal(Path.Combine(output, "notes", "a", "index.html"), content.FullPath);
        Assert.Equal("kept", File.ReadAllText(content.FullPath));
        content.WriteTo(content.FullPath); // writing it where it is changes nothing
        Assert.Equal("kept", content.ReadText());
    }

    [Fact]
    public async Task Final_content_waits_in_memory_for_the_output_phase_unless_the_run_writes_it_at_once()
    {
        using var spill = SpillFile.CreateIn(_folder);
        var output = Path.Combine(_folder, "staging");
        var pipelines = new[] { new Pipeline("p") { Input = [new MakeKept("notes/a/index.html"), new MakeKept()] } };

        var result = await new Briefing.Engine.Execution.Engine(pipelines).RunAsync(output, options: EngineRunOptions.Build with { Spill = spill, RunOutputPhase = false });

        var documents = result.Outputs["p"];
        Assert.IsType<Utf8Content>(documents.Single(d => d.Destination is not null).Content);
        Assert.IsType<SpilledContent>(documents.Single(d => d.Destination is null).Content);
        Assert.False(Directory.Exists(output), "nothing is written before the output phase");
    }

    private sealed class MakeKept(string? destination = null) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([.. inputs, Document.Create("kept.md", context.Keep(Encoding.UTF8.GetBytes("kept"), destination)).WithDestination(destination)]);
    }
}
