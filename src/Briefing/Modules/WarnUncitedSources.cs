using Briefing.Data;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;

namespace Briefing.Modules;

/// <summary>A source declared but cited nowhere on the finished site is probably a mistake: warn at its entry.</summary>
public sealed class WarnUncitedSources(string dataPipeline, IReadOnlyList<string> citationsFrom) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var cited = citationsFrom
            .SelectMany(p => p.Equals(context.PipelineName, StringComparison.OrdinalIgnoreCase) ? inputs : context.OutputsOf(p))
            .SelectMany(d => d.GetOrDefault(SiteKeys.CitationUses) ?? [])
            .Select(c => c.SourceId)
            .ToHashSet(StringComparer.Ordinal);
        foreach (Source source in RenderMarkdown.SiteDataOf(context, dataPipeline).Sources.Where(s => !cited.Contains(s.Id)))
        {
            context.Diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.SourceNeverCited, source.Location,
                $"source '{source.Id}' is never cited: cite it with [@{source.Id}] or remove it"));
        }
        return Task.FromResult(inputs);
    }
}
