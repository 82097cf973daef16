using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;

namespace Briefing.Engine.Modules;

/// <summary>
/// A module whose work is per document and CPU-bound: runs on every core, keeps the input order.
/// A <see cref="DiagnosticException"/> drops that document and reports its diagnostic.
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
            i =>
            {
                try
                {
                    results[i] = Execute(inputs[i], context);
                }
                catch (DiagnosticException problem)
                {
                    context.Diagnostics.Report(problem.Diagnostic);
                    results[i] = [];
                }
            });
        return Task.FromResult<IReadOnlyList<Document>>(results.SelectMany(r => r).ToList());
    }

    protected abstract IEnumerable<Document> Execute(Document input, IExecutionContext context);
}
