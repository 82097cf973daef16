using System.Diagnostics.CodeAnalysis;
using Scriban.Runtime;

namespace Briefing.Data;

/// <summary>Everything in input/data, bound and checked; what the templates see as <c>data</c>.</summary>
public sealed record SiteData
{
    public static readonly SiteData Empty = new();

    public SiteInfo? Site { get; init; }

    public IReadOnlyList<Source> Sources { get; init; } = [];

    public IReadOnlyList<Company> Companies { get; init; } = [];

    public Matrix? Matrix { get; init; }

    public IReadOnlyList<CapexFigure> Capex { get; init; } = [];

    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];

    public IReadOnlyList<Disagreement> Disagreements { get; init; } = [];

    /// <summary>input/data/tables/*.yml by id (the file name).</summary>
    public IReadOnlyDictionary<string, DataTable> Tables { get; init; } = new Dictionary<string, DataTable>();

    /// <summary>Site data the generator has no model for, by file name: what layouts read as <c>data.NAME</c>.</summary>
    public IReadOnlyDictionary<string, object?> Other { get; init; } = new Dictionary<string, object?>();

    public Source? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);

    public Company? FindCompany(string id) => Companies.FirstOrDefault(c => c.Id == id);

    /// <summary>Every data item that cites, in file order: what the "every figure has a source" check walks.</summary>
    public IEnumerable<ICited> CitedItems =>
        Companies.Cast<ICited>()
            .Concat(Matrix?.Dimensions.SelectMany(d => d.Cells.Values).Where(c => !c.NoEntry) ?? [])
            .Concat(Matrix?.BestFor ?? [])
            .Concat(Capex)
            .Concat(Events)
            .Concat(Tables.Values.SelectMany(t => t.Rows))
            .Concat(Disagreements.SelectMany(d => d.Sides));

    /// <summary>Every data item that names a disagreement, for the check that the entry exists.</summary>
    public IEnumerable<IDisputable> DisputableItems =>
        Capex.Cast<IDisputable>()
            .Concat(Events)
            .Concat(Matrix?.Dimensions.SelectMany(d => d.Cells.Values) ?? []);

    /// <summary><c>data</c> as a layout sees it: the model's members in snake_case, then every other file by name.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflects over this record's own properties; the Native AOT publish keeps this assembly whole (TrimMode partial).")]
    public ScriptObject ToTemplateObject()
    {
        var model = new ScriptObject();
        model.Import(this, ScriptMemberImportFlags.Property, member => member.Name is not (nameof(Other) or nameof(CitedItems) or nameof(DisputableItems) or "EqualityContract"));
        foreach (var (name, value) in Other)
            model[name] = value;
        return model;
    }
}
