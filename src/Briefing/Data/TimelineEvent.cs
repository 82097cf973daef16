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
public sealed class TimelineEvent : CitedItem, IDisputable
{
    public required PartialDate Date { get; set; }

    /// <summary>A company id; none for an event of the whole market.</summary>
    public string? Company { get; set; }

    public required EventKind Kind { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public string? Disputed { get; set; }
}
