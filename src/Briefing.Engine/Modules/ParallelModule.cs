using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;

namespace Briefing.Engine.Modules;

/// <summary>
/// A module whose work is per document and CPU-bound: runs on every core, keeps the input order.
/// A module reports problems through the context's diagnostics and returns no document for an input it cannot use.
/// </summary>
public abstract class ParallelModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var results = new IEnumerable<Document>[inputs.Count];
        Parallel.For(
            0,
            inputs.Count,
            new ParallelOptions { CancellationToken = context.CancellationToken },
            i => results[i] = Execute(inputs[i], context));
        return Task.FromResult<IReadOnlyList<Document>>(results.SelectMany(r => r).ToList());
    }

    protected abstract IEnumerable<Document> Execute(Document input, IExecutionContext context);
}
