using System.Collections.Concurrent;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Modules;

namespace Briefing.Engine.Caching;

/// <summary>
/// Remembers what a module computed for one document, with the inputs it depended on, so the next
/// run of the same module (a preview rebuild) can reuse it when those inputs are unchanged.
/// Inputs compare with <see cref="object.Equals(object?, object?)"/>: strings by value, documents
/// and contents by reference, which holds because unchanged files keep their document objects.
/// The diagnostics the work reported are kept too and reported again on reuse. Nothing is kept when
/// the run is not <see cref="IExecutionContext.Incremental"/>: a one-shot build would only hold memory.
/// </summary>
public sealed class ResultCache<TValue>
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(object?[] Inputs, TValue Value, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The cached value for <paramref name="id"/> when its inputs are the same; its diagnostics are reported again.</summary>
    private bool TryGet(string id, object?[] inputs, DiagnosticBag diagnostics, out TValue value)
    {
        if (_entries.TryGetValue(id, out var entry) && entry.Inputs.Length == inputs.Length && entry.Inputs.Zip(inputs).All(p => Equals(p.First, p.Second)))
        {
            foreach (var diagnostic in entry.Diagnostics)
                diagnostics.Report(diagnostic);
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    private void Set(string id, object?[] inputs, TValue value, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[id] = new Entry(inputs, value, diagnostics);

    /// <summary>Computes (or reuses) the value, reporting the work's diagnostics either way.</summary>
    public TValue GetOrCompute(string id, object?[] inputs, IExecutionContext context, Func<DiagnosticBag, TValue> compute)
    {
        if (!context.Incremental)
            return compute(context.Diagnostics);
        if (TryGet(id, inputs, context.Diagnostics, out var cached))
            return cached;
        var local = new DiagnosticBag();
        var value = compute(local);
        var reported = local.ToSortedList();
        foreach (var diagnostic in reported)
            context.Diagnostics.Report(diagnostic);
        Set(id, inputs, value, reported);
        return value;
    }
}
