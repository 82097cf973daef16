namespace Briefing.Engine.Diagnostics;

/// <summary>
/// Thrown by a module when one document cannot go on; the engine reports the diagnostic and drops
/// the document, so one editor mistake never stops the other pages from being checked.
/// </summary>
public sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
