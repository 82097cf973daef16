using Briefing.Data;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Yaml;

namespace Briefing.Modules;

/// <summary>Binds each file of input/data to its typed model (<see cref="DataFiles.Shapes"/>), reporting mistakes where they are.</summary>
public sealed class BindDataFiles : ParallelModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var source = input.Get(SiteKeys.PageSource);
        var name = Path.GetFileName(source.InputPath);
        if (!DataFiles.Shapes.TryGetValue(name, out var shape))
        {
            context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.UnknownKey, SourceLocation.Of(source.File),
                $"data file '{name}' is not used by the site (known: {string.Join(", ", DataFiles.Shapes.Keys)}){Nearest.Hint(name, DataFiles.Shapes.Keys)}"));
            yield break;
        }

        var binder = new YamlBinder(source.File);
        var node = binder.Parse(input.Content.ReadText());
        var bound = node is null ? null : binder.Bind(node, shape);
        foreach (var diagnostic in binder.Diagnostics)
            context.Diagnostics.Report(diagnostic);
        if (bound is not null && binder.Diagnostics.Count == 0)
            yield return input.With(SiteKeys.BoundData, bound);
    }
}
