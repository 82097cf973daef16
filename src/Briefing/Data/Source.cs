namespace Briefing.Data;

/// <summary>input/data/sources.yml: one text the briefing is built from, as far as that text tells about itself.</summary>
public sealed class Source : DataItem
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }

    public required string Description { get; set; }
}
