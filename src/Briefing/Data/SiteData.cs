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

    public IReadOnlyList<LlamaRelease> Llama { get; init; } = [];

    public Source? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);

    public Company? FindCompany(string id) => Companies.FirstOrDefault(c => c.Id == id);

    /// <summary>Every data item that cites, in file order: what the "every figure has a source" check walks.</summary>
    public IEnumerable<ICited> CitedItems =>
        Companies.Cast<ICited>()
            .Concat(Matrix?.Dimensions.SelectMany(d => new ICited[] { d.Meta, d.Amazon }) ?? [])
            .Concat(Matrix?.BestFor ?? [])
            .Concat(Matrix?.ClosedVsOpen ?? [])
            .Concat(Capex)
            .Concat(Events)
            .Concat(Llama);
}
