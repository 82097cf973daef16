using System.Collections.Concurrent;

namespace Briefing.Engine.Diagnostics;

/// <summary>Collects diagnostics from modules running in parallel; hands them back in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Report(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>Sorted by file, line, column and code, so the report never depends on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
