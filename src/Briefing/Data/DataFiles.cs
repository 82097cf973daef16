using Briefing.Engine.Diagnostics;

namespace Briefing.Data;

/// <summary>
/// How each file of input/data is read. The files of a comparative briefing bind to the generator's
/// model; <c>tables/ID.yml</c> are tables; <c>shapes/NAME.yml</c> declare the shape of <c>NAME.yml</c>;
/// any other file is site data that layouts read as <c>data.NAME</c>, checked against its shape if declared.
/// </summary>
public static class DataFiles
{
    public const string TablesFolder = "tables/";
    public const string ShapesFolder = "shapes/";

    public static readonly IReadOnlyDictionary<string, Type> Models = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["site.yml"] = typeof(SiteInfo),
        ["sources.yml"] = typeof(List<Source>),
        ["companies.yml"] = typeof(List<Company>),
        ["matrix.yml"] = typeof(Matrix),
        ["capex.yml"] = typeof(List<CapexFigure>),
        ["events.yml"] = typeof(List<TimelineEvent>),
        ["disagreements.yml"] = typeof(List<Disagreement>),
    };

    /// <summary>The model a file binds to, by its path inside input/data; null for site data without a model.</summary>
    public static Type? ModelOf(string dataPath) =>
        Models.TryGetValue(dataPath, out var model) ? model
        : dataPath.StartsWith(TablesFolder, StringComparison.Ordinal) ? typeof(DataTable)
        : dataPath.StartsWith(ShapesFolder, StringComparison.Ordinal) ? typeof(DataShape)
        : null;

    /// <summary>"tables/releases.yml" to "releases".</summary>
    public static string NameOf(string dataPath) => Path.ChangeExtension(dataPath[(dataPath.LastIndexOf('/') + 1)..], null);

    /// <summary>Joins the bound files (by path inside input/data) into the site's data; mistakes in site data go to <paramref name="diagnostics"/>.</summary>
    public static SiteData Assemble(IReadOnlyDictionary<string, object> bound, ICollection<Diagnostic> diagnostics)
    {
        T? Get<T>(string file) where T : class => bound.TryGetValue(file, out var value) ? value as T : null;

        var companies = Get<List<Company>>("companies.yml") ?? [];
        for (var i = 0; i < companies.Count; i++)
            companies[i].Number = i + 1;
        var sources = Get<List<Source>>("sources.yml") ?? [];

        var tables = new SortedDictionary<string, DataTable>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, DataShape>(StringComparer.Ordinal);
        var declared = new SortedDictionary<string, DeclaredData>(StringComparer.Ordinal);
        foreach (var (path, value) in bound)
        {
            switch (value)
            {
                case DataTable table:
                    table.Id = NameOf(path);
                    table.FillValues();
                    tables[table.Id] = table;
                    break;
                case DataShape shape:
                    shapes[NameOf(path)] = shape;
                    break;
                case DeclaredData data:
                    declared[NameOf(path)] = data;
                    break;
            }
        }

        var sourceIds = sources.Select(s => s.Id).ToList();
        var siteData = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, data) in declared)
            siteData[name] = data.ToTemplateValue(shapes.GetValueOrDefault(name), sourceIds, diagnostics);

        return new SiteData
        {
            Site = Get<SiteInfo>("site.yml"),
            Sources = sources,
            Companies = companies,
            Matrix = Get<Matrix>("matrix.yml"),
            Capex = Get<List<CapexFigure>>("capex.yml") ?? [],
            // A date known only to its year (or month) comes after the events dated within that year (or
            // month), never before them; the sort is stable, so equal dates keep the file's order.
            Events = (Get<List<TimelineEvent>>("events.yml") ?? [])
                .OrderBy(e => (e.Date.Year, e.Date.Month ?? 13, e.Date.Day ?? 32))
                .ToList(),
            Disagreements = Get<List<Disagreement>>("disagreements.yml") ?? [],
            Tables = tables,
            Other = siteData,
        };
    }
}
