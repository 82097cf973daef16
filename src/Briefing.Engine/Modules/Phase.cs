namespace Briefing.Engine.Modules;

/// <summary>
/// The phases every pipeline goes through, as in Statiq.
/// Input: no waiting. Process: after the Process phase of every dependency.
/// PostProcess: after the Process phase of every pipeline (the barrier where cross-page data is complete)
/// and the PostProcess phase of every dependency. Output: after the pipeline's own PostProcess.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
