using Briefing.Engine.Documents;
using Briefing.Engine.Modules;

namespace Briefing.Modules;

/// <summary>
/// Writes every document that has a destination into the (staging) output folder. Synchronous writes
/// on every core: for many small files they measured faster than asynchronous ones.
/// </summary>
public sealed class WriteFiles : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var written = inputs.Where(d => d.Destination is not null).ToList();
        // Each folder once, before the files: creating it per file costs a system call per path segment.
        foreach (var folder in written.Select(d => Path.GetDirectoryName(Path.Combine(context.OutputFolder, d.Destination!))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(folder);
        Parallel.ForEach(written, new ParallelOptions { CancellationToken = context.CancellationToken }, document =>
            document.Content.WriteTo(Path.Combine(context.OutputFolder, document.Destination!)));
        return Task.FromResult(inputs);
    }
}
