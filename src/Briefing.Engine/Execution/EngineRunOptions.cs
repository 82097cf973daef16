using Briefing.Engine.Documents;
using Briefing.Engine.Modules;

namespace Briefing.Engine.Execution;

/// <param name="RunOutputPhase">False to stop after PostProcess: the preview serves documents from memory.</param>
/// <param name="Incremental">True when the same pipelines will run again, so modules keep results to reuse.</param>
/// <param name="Spill">Where modules keep documents' text between phases (<see cref="IExecutionContext.Keep"/>); null keeps it in memory.</param>
/// <param name="WriteFinalAtOnce">
/// With a spill file, whether final content (kept with its destination) is written to the output folder at once
/// rather than held in memory until the Output phase writes it: the least memory, but slower where creating files is costly.
/// </param>
public sealed record EngineRunOptions(bool RunOutputPhase = true, bool Incremental = false, SpillFile? Spill = null, bool WriteFinalAtOnce = false)
{
    public static readonly EngineRunOptions Build = new();

    public static readonly EngineRunOptions Preview = new(RunOutputPhase: false, Incremental: true);
}
