namespace Briefing.Engine.Diagnostics;

/// <summary>One problem found in the input, in MSBuild's canonical form when printed.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(string code, SourceLocation location, string message) =>
        new(code, DiagnosticSeverity.Error, location, message);

    public static Diagnostic Warning(string code, SourceLocation location, string message) =>
        new(code, DiagnosticSeverity.Warning, location, message);

    public static Diagnostic Info(string code, SourceLocation location, string message) =>
        new(code, DiagnosticSeverity.Info, location, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public bool IsWarning => Severity == DiagnosticSeverity.Warning;

    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
