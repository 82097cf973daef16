using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

// The briefing's data files, bound from input/data/*.yml (docs/content-model.md shows each).

/// <summary>Something shown on a page that must name where its facts come from.</summary>
public interface ICited : ILocated
{
    List<SourceRef> Sources { get; }
}

public abstract class DataItem : ILocated
{
    public SourceLocation Location { get; set; }
}

public abstract class CitedItem : DataItem, ICited
{
    public required List<SourceRef> Sources { get; set; }
}

/// <summary>input/data/site.yml: what the whole site is called.</summary>
public sealed class SiteInfo : DataItem
{
    public required string Title { get; set; }

    public string? Description { get; set; }

    public string Language { get; set; } = "en";
}

public sealed class Source : DataItem
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Published { get; set; }

    public string? Url { get; set; }

    public required string Description { get; set; }
}

public sealed class Company : CitedItem
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Role { get; set; }

    public required string Summary { get; set; }
}

public sealed class Matrix : DataItem
{
    public required List<MatrixDimension> Dimensions { get; set; }

    public List<BestFor> BestFor { get; set; } = [];

    public List<ClosedVsOpenRow> ClosedVsOpen { get; set; } = [];
}

public sealed class MatrixDimension : DataItem
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required MatrixCell Meta { get; set; }

    public required MatrixCell Amazon { get; set; }
}

public sealed class MatrixCell : CitedItem
{
    public required string Text { get; set; }
}

public sealed class BestFor : CitedItem
{
    public required string UseCase { get; set; }

    public required string Winner { get; set; }

    public required string Why { get; set; }
}

public sealed class ClosedVsOpenRow : CitedItem
{
    public required string Aspect { get; set; }

    public required string Closed { get; set; }

    public required string Open { get; set; }
}

public enum FigureStatus
{
    Reported,
    Estimate,
    Projection,
}

public sealed class CapexFigure : CitedItem
{
    public required string Company { get; set; }

    public required int Year { get; set; }

    public required decimal Low { get; set; }

    public required decimal High { get; set; }

    public required FigureStatus Status { get; set; }

    public required string Label { get; set; }

    public string? Note { get; set; }

    public bool IsRange => High > Low;

    /// <summary>The amount as the chart and its table print it ("$60–65B"); <see cref="Label"/> is the source's own wording.</summary>
    public string Amount => IsRange
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"${Low:0.#}–{High:0.#}B")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"${High:0.#}B");
}

public enum EventKind
{
    Model,
    Product,
    Capex,
    Market,
    Cloud,
    Organisation,
}

public sealed class TimelineEvent : CitedItem
{
    public required PartialDate Date { get; set; }

    public required string Company { get; set; }

    public required EventKind Kind { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }
}

public sealed class LlamaRelease : CitedItem
{
    public required string Model { get; set; }

    public required PartialDate Released { get; set; }

    public required string Parameters { get; set; }

    public required string Context { get; set; }

    public required string Performance { get; set; }
}
