namespace Briefing.Data;

/// <summary>Which file in input/data binds to which part of <see cref="SiteData"/>.</summary>
public static class DataFiles
{
    public static readonly IReadOnlyDictionary<string, Type> Shapes = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        ["site.yml"] = typeof(SiteInfo),
        ["sources.yml"] = typeof(List<Source>),
        ["companies.yml"] = typeof(List<Company>),
        ["matrix.yml"] = typeof(Matrix),
        ["capex.yml"] = typeof(List<CapexFigure>),
        ["events.yml"] = typeof(List<TimelineEvent>),
        ["llama.yml"] = typeof(List<LlamaRelease>),
    };

    public static SiteData Assemble(IReadOnlyDictionary<string, object> bound)
    {
        T? Get<T>(string file) where T : class => bound.TryGetValue(file, out var value) ? value as T : null;

        return new SiteData
        {
            Site = Get<SiteInfo>("site.yml"),
            Sources = Get<List<Source>>("sources.yml") ?? [],
            Companies = Get<List<Company>>("companies.yml") ?? [],
            Matrix = Get<Matrix>("matrix.yml"),
            Capex = Get<List<CapexFigure>>("capex.yml") ?? [],
            Events = (Get<List<TimelineEvent>>("events.yml") ?? []).OrderBy(e => e.Date).ToList(),
            Llama = Get<List<LlamaRelease>>("llama.yml") ?? [],
        };
    }
}
