using System.Collections.Concurrent;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Engine.Pipelines;

namespace Briefing.Tests.Engine;

public sealed class EngineTests
{
    private static readonly MetadataKey<int> Index = new("index");

    /// <summary>A module that records when it ran, and passes documents on (or makes some).</summary>
    private sealed class Record(ConcurrentQueue<string> log, string name, int make = 0) : IModule
    {
        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        {
            log.Enqueue($"{name}:start");
            await Task.Delay(5);
            log.Enqueue($"{name}:end");
            return [.. inputs, .. Enumerable.Range(0, make).Select(i => Document.Create($"{name}/{i}", new TextContent(name)).With(Index, i))];
        }
    }

    private sealed class ReadOther(string other, ConcurrentBag<int> seen) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
        {
            seen.Add(context.OutputsOf(other).Count);
            return Task.FromResult(inputs);
        }
    }

    private sealed class SlowInReverse : ParallelModule
    {
        protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
        {
            Thread.Sleep(20 - input.Get(Index));
            yield return input.WithContent($"done {input.Get(Index)}");
        }
    }

    private static Task<EngineResult> Run(params Pipeline[] pipelines) =>
        new Briefing.Engine.Execution.Engine(pipelines).RunAsync(Path.GetTempPath());

    [Fact]
    public async Task Phases_run_in_order_and_PostProcess_waits_for_every_Process()
    {
        var log = new ConcurrentQueue<string>();
        await Run(
            new Pipeline("a") { Input = [new Record(log, "a.input")], Process = [new Record(log, "a.process")], PostProcess = [new Record(log, "a.post")], Output = [new Record(log, "a.output")] },
            new Pipeline("b") { Process = [new Record(log, "b.process")], PostProcess = [new Record(log, "b.post")] });

        var order = log.ToList();
        Assert.True(order.IndexOf("a.input:end") < order.IndexOf("a.process:start"));
        Assert.True(order.IndexOf("a.process:end") < order.IndexOf("a.post:start"));
        Assert.True(order.IndexOf("a.post:end") < order.IndexOf("a.output:start"));
        Assert.True(order.IndexOf("b.process:end") < order.IndexOf("a.post:start"), "PostProcess must wait for every pipeline's Process");
        Assert.True(order.IndexOf("a.process:end") < order.IndexOf("b.post:start"));
    }

    [Fact]
    public async Task A_dependency_Process_finishes_before_its_dependent_Process_starts_and_its_documents_are_readable()
    {
        var log = new ConcurrentQueue<string>();
        var seen = new ConcurrentBag<int>();
        await Run(
            new Pipeline("reader") { Dependencies = ["maker"], Process = [new Record(log, "reader"), new ReadOther("maker", seen)] },
            new Pipeline("maker") { Process = [new Record(log, "maker", make: 3)] });

        var order = log.ToList();
        Assert.True(order.IndexOf("maker:end") < order.IndexOf("reader:start"));
        Assert.Equal([3], seen);
    }

    [Fact]
    public async Task Reading_a_pipeline_that_is_not_a_dependency_during_Process_is_an_error()
    {
        var result = await Run(
            new Pipeline("reader") { Process = [new ReadOther("maker", [])] },
            new Pipeline("maker"));

        var problem = Assert.Single(result.Diagnostics);
        Assert.Contains("'reader' reads 'maker' in its Process phase", problem.Message);
    }

    [Fact]
    public void A_cycle_is_rejected_naming_the_pipelines()
    {
        var problem = Assert.Throws<PipelineConfigurationException>(() => new Briefing.Engine.Execution.Engine([
            new Pipeline("a") { Dependencies = ["b"] },
            new Pipeline("b") { Dependencies = ["c"] },
            new Pipeline("c") { Dependencies = ["a"] },
        ]));
        Assert.Contains("'a' -> 'b' -> 'c' -> 'a'", problem.Message);
    }

    [Fact]
    public void An_unknown_dependency_is_rejected_naming_both_pipelines()
    {
        var problem = Assert.Throws<PipelineConfigurationException>(() => new Briefing.Engine.Execution.Engine([new Pipeline("content") { Dependencies = ["dta"] }]));
        Assert.Equal("Pipeline 'content' depends on 'dta', which is not declared.", problem.Message);
    }

    [Fact]
    public async Task Parallel_work_keeps_the_input_order_whatever_finishes_first()
    {
        var log = new ConcurrentQueue<string>();
        var result = await Run(new Pipeline("p") { Input = [new Record(log, "make", make: 20)], Process = [new SlowInReverse()] });

        var contents = result.Outputs["p"].Select(d => d.Content.ReadText()).ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"done {i}"), contents);
    }

    [Fact]
    public async Task A_module_that_throws_is_reported_and_does_not_hang_pipelines_waiting_for_it()
    {
        var result = await Run(
            new Pipeline("broken") { Process = [new Throwing()] },
            new Pipeline("waiting") { Dependencies = ["broken"], Process = [new ReadOther("broken", [])] });

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("BRF000", problem.Code);
        Assert.Contains("pipeline 'broken'", problem.Message);
    }

    private sealed class Throwing : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
            throw new InvalidOperationException("boom");
    }

    [Fact]
    public void Documents_are_immutable_changes_return_new_documents()
    {
        var original = Document.Create("a.md", new TextContent("one")).With(Index, 1);
        var changed = original.WithContent("two").With(Index, 2).WithDestination("a/index.html");

        Assert.Equal("one", original.Content.ReadText());
        Assert.Equal(1, original.Get(Index));
        Assert.Null(original.Destination);
        Assert.Equal("two", changed.Content.ReadText());
        Assert.Equal(2, changed.Get(Index));
        Assert.True(changed.TryGet(new MetadataKey<int>("INDEX"), out var caseInsensitive));
        Assert.Equal(2, caseInsensitive);
    }
}
