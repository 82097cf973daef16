using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Engine.Pipelines;

namespace Briefing.Engine.Execution;

/// <summary>The state of one pipeline during a run: what each finished phase produced, and when.</summary>
internal sealed class PipelineRun(Pipeline pipeline)
{
    private readonly TaskCompletionSource<IReadOnlyList<Document>> _processed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<IReadOnlyList<Document>> _postProcessed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Pipeline Pipeline { get; } = pipeline;

    public Task<IReadOnlyList<Document>> Processed => _processed.Task;

    public Task<IReadOnlyList<Document>> PostProcessed => _postProcessed.Task;

    public IReadOnlyList<Document> Final { get; set; } = [];

    public Stopwatch Working { get; } = new();

    public ConcurrentDictionary<string, TimeSpan> ModuleTimes { get; } = new();

    public void Completed(Phase phase, IReadOnlyList<Document> documents)
    {
        if (phase == Phase.Process)
            _processed.TrySetResult(documents);
        else if (phase == Phase.PostProcess)
            _postProcessed.TrySetResult(documents);
    }

    /// <summary>After a failure, lets every pipeline waiting on this one go on (with nothing from it).</summary>
    public void Abandon()
    {
        _processed.TrySetResult([]);
        _postProcessed.TrySetResult([]);
    }
}
