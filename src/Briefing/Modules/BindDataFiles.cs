using Briefing.Data;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Yaml;

namespace Briefing.Modules;

/// <summary>Binds each file of input/data to its model (<see cref="DataFiles.ModelOf"/>), reporting mistakes where they are.</summary>
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
        var dataPath = source.InputPath[(source.InputPath.IndexOf('/') + 1)..];
        var binder = new YamlBinder(source.File);
        var node = binder.Parse(input.Content.ReadText());
        var model = DataFiles.ModelOf(dataPath);
        object? bound = node is null ? null
            : model is null ? new DeclaredData(source.File, node)
            : binder.Bind(node, model);
        foreach (var diagnostic in binder.Diagnostics)
            diagnostics.Report(diagnostic);
        return bound is not null && binder.Diagnostics.Count == 0 ? input.With(SiteKeys.BoundData, bound) : null;
    }
}
