namespace Briefing.Engine.Pipelines;

/// <summary>The pipelines as declared cannot run: an unknown dependency, a cycle, a name used twice.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
