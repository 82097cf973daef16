using Briefing.Data;
using Briefing.Diagnostics;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Views;
using Briefing.Yaml;

namespace Briefing.Modules;

/// <summary>
/// Joins the bound data files into one <see cref="SiteData"/> and checks what crosses files:
/// every figure cites at least one known source, every company named exists and has its cell in every dimension.
/// </summary>
public sealed class CheckSiteData : IModule
{
    private readonly ResultCache<Document> _cache = new();

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        // The same bound files give the same SiteData object, so pages that use it can be reused too.
        var result = _cache.GetOrCompute("data", [.. inputs.Select(d => d.Get(SiteKeys.BoundData))], context, diagnostics =>
        {
            var bound = inputs.ToDictionary(d => DataPathOf(d.Get(SiteKeys.PageSource).InputPath), d => d.Get(SiteKeys.BoundData), StringComparer.Ordinal);
            var problems = new List<Diagnostic>();
            var data = DataFiles.Assemble(bound, problems);
            foreach (var diagnostic in problems.Concat(Check(data)))
                diagnostics.Report(diagnostic);
            return Document.Create(null, DocumentContent.Empty).With(SiteKeys.SiteData, data);
        });
        return Task.FromResult<IReadOnlyList<Document>>([result]);
    }

    /// <summary>"data/tables/x.yml" to "tables/x.yml".</summary>
    private static string DataPathOf(string inputPath) => inputPath[(inputPath.IndexOf('/') + 1)..];

    public static IEnumerable<Diagnostic> Check(SiteData data)
    {
        var sourceIds = data.Sources.Select(s => s.Id).ToList();
        foreach (var duplicate in data.Sources.GroupBy(s => s.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            yield return Diagnostic.Error(DiagnosticCodes.InvalidValue, duplicate.Location, $"source id '{duplicate.Id}' is used twice");
        foreach (var duplicate in data.Companies.GroupBy(c => c.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            yield return Diagnostic.Error(DiagnosticCodes.InvalidValue, duplicate.Location, $"company id '{duplicate.Id}' is used twice");

        foreach (var problem in data.Matrix?.Dimensions.SelectMany(d => CheckCells(d, data.Companies)) ?? [])
            yield return problem;
        foreach (var problem in data.Tables.Values.SelectMany(TableCheck.Check))
            yield return problem;

        foreach (var item in data.CitedItems)
        {
            if (item.Sources.Count == 0)
                yield return Diagnostic.Error(DiagnosticCodes.MissingField, item.Location, "this item cites no source: add 'sources: [id]'");
            foreach (var reference in item.Sources.Where(r => !sourceIds.Contains(r.Id)))
                yield return DataDiagnostics.UnknownSource(reference.Id, reference.Location, sourceIds);
        }

        var disagreements = data.Disagreements.Select(d => d.Id).ToList();
        foreach (var entry in data.Disagreements.Where(d => d.Sides.Count < 2))
            yield return Diagnostic.Error(DiagnosticCodes.MissingField, entry.Location, $"disagreement '{entry.Id}' needs at least two sides");
        foreach (var item in data.DisputableItems.Where(i => i.Disputed is not null && !disagreements.Contains(i.Disputed)))
        {
            yield return Diagnostic.Error(DiagnosticCodes.UnknownReference, item.Location,
                $"unknown disagreement '{item.Disputed}'{Nearest.Hint(item.Disputed!, disagreements)} (disagreements are declared in input/data/disagreements.yml)");
        }

        var named = data.Capex.Select(f => (f.Company, f.Location))
            .Concat(data.Matrix?.BestFor.Select(b => (Company: b.Winner, b.Location)) ?? [])
            .Concat(data.Events.Where(e => e.Company is not null).Select(e => (Company: e.Company!, e.Location)));
        foreach (var (company, location) in named.Where(n => data.FindCompany(n.Company) is null))
            yield return DataDiagnostics.UnknownCompany(company, location, data.Companies);

        foreach (var problem in CheckAnnotations(data))
            yield return problem;
    }

    /// <summary>An annotation is text to show on the capex chart: it must say something, in a year the chart draws.</summary>
    private static IEnumerable<Diagnostic> CheckAnnotations(SiteData data)
    {
        var years = CapexChart.Years(data);
        foreach (var item in data.Events.Where(e => e.Annotation is not null))
        {
            var at = item.KeyLocations.GetValueOrDefault("annotation", item.Location);
            if (string.IsNullOrWhiteSpace(item.Annotation))
            {
                yield return Diagnostic.Error(DiagnosticCodes.MissingField, at, "'annotation' is empty: write the short text the chart shows, or leave the key out");
            }
            else if (!years.Contains(item.Date.Year))
            {
                yield return Diagnostic.Warning(DiagnosticCodes.AnnotationNotDrawn, at, years.Count == 0
                    ? $"the annotation of '{item.Title}' is not shown: the capex chart draws no year (input/data/capex.yml has no figures)"
                    : $"the annotation of '{item.Title}' is not shown: the capex chart draws {string.Join(", ", years)}, not {item.Date.Year} (the years of input/data/capex.yml)");
            }
        }
    }

    /// <summary>One cell per company, under the company's id: an unknown id is a mistake, a missing company a silent gap.</summary>
    private static IEnumerable<Diagnostic> CheckCells(MatrixDimension dimension, IReadOnlyList<Company> companies)
    {
        foreach (var (id, cell) in dimension.Cells)
        {
            var at = dimension.KeyLocations.GetValueOrDefault(id, dimension.Location);
            if (!companies.Any(c => c.Id == id))
                yield return DataDiagnostics.UnknownCompany(id, at, companies, "a dimension's keys are id, name and one company id per cell");
            else if (!cell.NoEntry && string.IsNullOrWhiteSpace(cell.Text))
                yield return Diagnostic.Error(DiagnosticCodes.MissingField, cell.Location, $"the cell for '{id}' needs 'text' (or 'no_entry: true' where the sources say nothing)");
        }
        foreach (var company in companies.Where(c => !dimension.Cells.ContainsKey(c.Id)))
        {
            yield return Diagnostic.Error(DiagnosticCodes.MissingField, dimension.Location,
                $"dimension '{dimension.Id}' has no cell for '{company.Id}': add '{company.Id}:' with text and sources, or with 'no_entry: true'");
        }
    }
}
