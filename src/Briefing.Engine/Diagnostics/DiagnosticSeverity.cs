namespace Briefing.Engine.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
