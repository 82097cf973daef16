using Briefing.Engine.Diagnostics;

namespace Briefing.Data;

/// <summary>
/// input/data/disagreements.yml: where sources (or one source with itself) disagree: the topic, every
/// side with its sources and locator, and, where the site takes one, its reading, shown as the site's own.
/// A data item that uses a disputed figure names the entry in <c>disputed:</c>.
/// </summary>
public sealed class Disagreement : DataItem
{
    public required string Id { get; set; }

    public required string Topic { get; set; }

    public required List<DisagreementSide> Sides { get; set; }

    public string? Reading { get; set; }
}

public sealed class DisagreementSide : CitedItem
{
    public required string Claim { get; set; }

    /// <summary>Where in the source: a section name or Pandoc's forms (p. 3, sec. 2).</summary>
    public string? Locator { get; set; }
}

/// <summary>A data item that may use a disputed figure: its mark links to the register's entry.</summary>
public interface IDisputable
{
    SourceLocation Location { get; }

    /// <summary>The id of an entry of disagreements.yml.</summary>
    string? Disputed { get; }
}
