using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
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
        Parallel.ForEach(inputs.Where(d => d.Destination is not null), new ParallelOptions { CancellationToken = context.CancellationToken }, document =>
        {
            var path = Path.Combine(context.OutputFolder, document.Destination!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            document.Content.WriteTo(path);
        });
        return Task.FromResult(inputs);
    }
}
