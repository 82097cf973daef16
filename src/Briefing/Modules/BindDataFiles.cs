using Briefing.Data;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Yaml;

namespace Briefing.Modules;

/// <summary>Binds each file of input/data to its typed model (<see cref="DataFiles.Shapes"/>), reporting mistakes where they are.</summary>
public sealed class BindDataFiles : ParallelModule
{
    private readonly ResultCache<Document?> _cache = new();

    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var bound = _cache.GetOrCompute(input.Get(SiteKeys.PageSource).File, [input.Content], context, diagnostics => Bind(input, diagnostics));
        return bound is null ? [] : [bound];
    }

    private static Document? Bind(Document input, DiagnosticBag diagnostics)
    {
        var source = input.Get(SiteKeys.PageSource);
        var name = Path.GetFileName(source.InputPath);
        if (!DataFiles.Shapes.TryGetValue(name, out var shape))
        {
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.UnknownKey, SourceLocation.Of(source.File),
                $"data file '{name}' is not used by the site (known: {string.Join(", ", DataFiles.Shapes.Keys)}){Nearest.Hint(name, DataFiles.Shapes.Keys)}"));
            return null;
        }

        var binder = new YamlBinder(source.File);
        var node = binder.Parse(input.Content.ReadText());
        var bound = node is null ? null : binder.Bind(node, shape);
        foreach (var diagnostic in binder.Diagnostics)
            diagnostics.Report(diagnostic);
        return bound is not null && binder.Diagnostics.Count == 0 ? input.With(SiteKeys.BoundData, bound) : null;
    }
}
