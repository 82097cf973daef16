using System.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Engine.Pipelines;

namespace Briefing.Engine.Execution;

/// <summary>
/// Runs pipelines: independent ones concurrently, each through its phases in order, with the
/// waits described on <see cref="Phase"/>. The Output phase runs only when no error was reported,
/// so a failed build writes nothing.
/// </summary>
public sealed class Engine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;

    public Engine(IReadOnlyList<Pipeline> pipelines)
    {
        PipelineGraph.Validate(pipelines);
        _pipelines = pipelines;
    }

    public async Task<EngineResult> RunAsync(string outputFolder, CancellationToken cancellationToken = default, EngineRunOptions? options = null)
    {
        options ??= EngineRunOptions.Build;
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var runs = _pipelines.ToDictionary(p => p.Name, p => new PipelineRun(p), StringComparer.OrdinalIgnoreCase);
        var allProcessed = Task.WhenAll(runs.Values.Select(r => r.Processed));

        await Task.WhenAll(runs.Values.Select(run => Task.Run(
            () => RunPipelineAsync(run, runs, allProcessed, outputFolder, diagnostics, options, cancellationToken),
            cancellationToken)));

        return new EngineResult(
            diagnostics.ToSortedList(),
            _pipelines.Select(p => Timing(runs[p.Name])).ToList(),
            _pipelines.ToDictionary(p => p.Name, p => runs[p.Name].Final, StringComparer.OrdinalIgnoreCase),
            clock.Elapsed);
    }

    private static PipelineTiming Timing(PipelineRun run) =>
        new(run.Pipeline.Name, run.Final.Count, run.Working.Elapsed, new Dictionary<string, TimeSpan>(run.ModuleTimes));

    private static async Task RunPipelineAsync(
        PipelineRun run,
        IReadOnlyDictionary<string, PipelineRun> runs,
        Task allProcessed,
        string outputFolder,
        DiagnosticBag diagnostics,
        EngineRunOptions options,
        CancellationToken cancellationToken)
    {
        var dependencies = run.Pipeline.Dependencies.Select(name => runs[name]).ToList();
        IReadOnlyList<Document> documents = [];
        var phase = Phase.Input;
        try
        {
            documents = await RunPhaseAsync(Phase.Input, documents);

            phase = Phase.Process;
            await Task.WhenAll(dependencies.Select(d => d.Processed));
            documents = await RunPhaseAsync(Phase.Process, documents);
            run.Completed(Phase.Process, documents);

            phase = Phase.PostProcess;
            await allProcessed;
            await Task.WhenAll(dependencies.Select(d => d.PostProcessed));
            documents = await RunPhaseAsync(Phase.PostProcess, documents);
            run.Completed(Phase.PostProcess, documents);

            phase = Phase.Output;
            if (options.RunOutputPhase && !diagnostics.HasErrors)
                documents = await RunPhaseAsync(Phase.Output, documents);
            run.Final = documents;
        }
        catch (OperationCanceledException)
        {
            run.Abandon();
            throw;
        }
        catch (Exception failure)
        {
            diagnostics.Report(Diagnostic.Error(
                "BRF000",
                SourceLocation.Of(run.Pipeline.Name),
                $"internal error in the {phase} phase of pipeline '{run.Pipeline.Name}': {failure.GetType().Name}: {failure.Message}"));
            run.Abandon();
        }

        async Task<IReadOnlyList<Document>> RunPhaseAsync(Phase current, IReadOnlyList<Document> inputs)
        {
            var context = new ExecutionContext(run, current, runs, outputFolder, diagnostics, options, cancellationToken);
            foreach (var module in run.Pipeline.ModulesOf(current))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                run.Working.Start();
                try
                {
                    inputs = await module.ExecuteAsync(inputs, context);
                }
                finally
                {
                    run.Working.Stop();
                    run.ModuleTimes.AddOrUpdate(module.GetType().Name, Stopwatch.GetElapsedTime(started), (_, t) => t + Stopwatch.GetElapsedTime(started));
                }
            }
            return inputs;
        }
    }
}
