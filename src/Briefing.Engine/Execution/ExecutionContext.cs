using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Engine.Pipelines;

namespace Briefing.Engine.Execution;

internal sealed class ExecutionContext(
    PipelineRun current,
    Phase phase,
    IReadOnlyDictionary<string, PipelineRun> runs,
    string outputFolder,
    DiagnosticBag diagnostics,
    EngineRunOptions options,
    CancellationToken cancellationToken) : IExecutionContext
{
    public string PipelineName => current.Pipeline.Name;

    public Phase Phase { get; } = phase;

    public string OutputFolder { get; } = outputFolder;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public bool Incremental => options.Incremental;

    public DocumentContent Keep(byte[] utf8, string? destination = null)
    {
        if (options.Spill is not { } spill)
            return new Utf8Content(utf8);
        if (destination is null)
            return spill.Keep(utf8);
        if (!options.WriteFinalAtOnce)
            return new Utf8Content(utf8);
        var path = Path.GetFullPath(Path.Combine(OutputFolder, destination));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Utf8.WriteWithoutPreallocation(path, utf8);
        return new WrittenContent(path);
    }

    public IReadOnlyList<Document> OutputsOf(string pipelineName)
    {
        if (!runs.TryGetValue(pipelineName, out var other))
            throw new InvalidOperationException($"Pipeline '{PipelineName}' reads '{pipelineName}', which is not declared.");

        var isDependency = current.Pipeline.Dependencies.Contains(other.Pipeline.Name, StringComparer.OrdinalIgnoreCase);
        if (Phase <= Phase.Process)
        {
            if (!isDependency || Phase == Phase.Input)
                throw new InvalidOperationException(
                    $"Pipeline '{PipelineName}' reads '{other.Pipeline.Name}' in its {Phase} phase; declare the dependency and read it from Process on.");
            return other.Processed.Result;
        }

        return isDependency ? other.PostProcessed.Result : other.Processed.Result;
    }
}
