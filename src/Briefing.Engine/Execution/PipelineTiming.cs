namespace Briefing.Engine.Execution;

/// <summary>How long a pipeline worked (waiting for others not counted) and how many documents it ended with.</summary>
public sealed record PipelineTiming(string Pipeline, int Documents, TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> Modules);
