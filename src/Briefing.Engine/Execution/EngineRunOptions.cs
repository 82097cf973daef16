namespace Briefing.Engine.Execution;

/// <param name="RunOutputPhase">False to stop after PostProcess: the preview serves documents from memory.</param>
/// <param name="Incremental">True when the same pipelines will run again, so modules keep results to reuse.</param>
public sealed record EngineRunOptions(bool RunOutputPhase = true, bool Incremental = false)
{
    public static readonly EngineRunOptions Build = new();

    public static readonly EngineRunOptions Preview = new(RunOutputPhase: false, Incremental: true);
}
