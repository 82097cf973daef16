using Scriban.Syntax;

namespace Briefing.Templates;

/// <summary>
/// The global names a template uses, its partials' included (an <c>include "name"</c> with a literal name):
/// how the site knows what a layout needs, e.g. that one calling <c>citations_of</c> reads every page's citations.
/// </summary>
public static class TemplateGlobals
{
    public static IReadOnlySet<string> Of(TemplateLibrary.ParsedTemplate template, TemplateLibrary templates)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { template.File };
        var pending = new Queue<TemplateLibrary.ParsedTemplate>([template]);
        while (pending.TryDequeue(out var next))
        {
            var collector = new Collector();
            collector.Visit(next.Template.Page);
            names.UnionWith(collector.Globals);
            foreach (var partial in collector.Includes)
            {
                if (templates.Find($"partials/{partial}.sbn") is { } found && seen.Add(found.File))
                    pending.Enqueue(found);
            }
        }
        return names;
    }

    private sealed class Collector : ScriptVisitor
    {
        public HashSet<string> Globals { get; } = new(StringComparer.Ordinal);

        public List<string> Includes { get; } = [];

        public override void Visit(ScriptVariableGlobal node)
        {
            Globals.Add(node.Name);
            base.Visit(node);
        }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
                Includes.Add(name);
            base.Visit(node);
        }
    }
}
