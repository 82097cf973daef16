namespace Briefing.Engine.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Worth knowing, never a failure, even with --strict.</summary>
    Info,
    Warning,
    Error,
}
