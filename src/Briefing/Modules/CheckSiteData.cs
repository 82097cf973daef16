using Briefing.Data;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Yaml;

namespace Briefing.Modules;

/// <summary>
/// Joins the bound data files into one <see cref="SiteData"/> and checks what crosses files:
/// every figure cites at least one known source, every company named exists.
/// </summary>
public sealed class CheckSiteData : IModule
{
    private readonly ResultCache<Document> _cache = new();

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        // The same bound files give the same SiteData object, so pages that use it can be reused too.
        var result = _cache.GetOrCompute("data", [.. inputs.Select(d => d.Get(SiteKeys.BoundData))], context, diagnostics =>
        {
            var bound = inputs.ToDictionary(d => Path.GetFileName(d.Get(SiteKeys.PageSource).InputPath), d => d.Get(SiteKeys.BoundData), StringComparer.OrdinalIgnoreCase);
            var data = DataFiles.Assemble(bound);
            foreach (var diagnostic in Check(data))
                diagnostics.Report(diagnostic);
            return Document.Create(null, DocumentContent.Empty).With(SiteKeys.SiteData, data);
        });
        return Task.FromResult<IReadOnlyList<Document>>([result]);
    }

    public static IEnumerable<Diagnostic> Check(SiteData data)
    {
        var sourceIds = data.Sources.Select(s => s.Id).ToList();
        foreach (var duplicate in data.Sources.GroupBy(s => s.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            yield return Diagnostic.Error(DiagnosticCodes.InvalidValue, duplicate.Location, $"source id '{duplicate.Id}' is used twice");

        foreach (var item in data.CitedItems)
        {
            if (item.Sources.Count == 0)
                yield return Diagnostic.Error(DiagnosticCodes.MissingField, item.Location, "this item cites no source: add 'sources: [id]'");
            foreach (var reference in item.Sources.Where(r => !sourceIds.Contains(r.Id)))
                yield return UnknownSource(reference.Id, reference.Location, sourceIds);
        }

        var companies = data.Companies.Select(c => c.Id).ToList();
        var named = data.Capex.Select(f => (f.Company, f.Location))
            .Concat(data.Matrix?.BestFor.Select(b => (Company: b.Winner, b.Location)) ?? [])
            .Concat(data.Events.Where(e => e.Company != "market").Select(e => (e.Company, e.Location)));
        foreach (var (company, location) in named.Where(n => companies.Count > 0 && !companies.Contains(n.Company)))
        {
            yield return Diagnostic.Error(DiagnosticCodes.UnknownReference, location,
                $"unknown company '{company}' (known: {string.Join(", ", companies)}){Nearest.Hint(company, companies)}");
        }
    }

    public static Diagnostic UnknownSource(string id, SourceLocation location, IReadOnlyCollection<string> known) =>
        Diagnostic.Error(DiagnosticCodes.UnknownSource, location,
            known.Count == 0
                ? $"unknown source '{id}': input/data/sources.yml declares no sources"
                : $"unknown source '{id}'{Nearest.Hint(id, known)} (sources are declared in input/data/sources.yml)");
}
