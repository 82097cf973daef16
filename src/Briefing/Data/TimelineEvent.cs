using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

public enum EventKind
{
    Model,
    Product,
    Capex,
    Market,
    Cloud,
    Organisation,
}

/// <summary>input/data/events.yml: a dated event, of one company or (without <c>company</c>) of the whole market.</summary>
public sealed class TimelineEvent : CitedItem, IDisputable, IKeyLocations
{
    public required PartialDate Date { get; set; }

    /// <summary>A company id; none for an event of the whole market.</summary>
    public string? Company { get; set; }

    public required EventKind Kind { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public string? Disputed { get; set; }

    /// <summary>
    /// A short text (a stock reaction, say) that the capex chart shows as a numbered mark at the event's
    /// year and company, with the text in the key under the chart.
    /// </summary>
    public string? Annotation { get; set; }

    public Dictionary<string, SourceLocation> KeyLocations { get; } = new(StringComparer.Ordinal);
}
