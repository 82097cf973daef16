using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;

namespace Briefing.Engine.Execution;

public sealed record EngineResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PipelineTiming> Timings,
    IReadOnlyDictionary<string, IReadOnlyList<Document>> Outputs,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
