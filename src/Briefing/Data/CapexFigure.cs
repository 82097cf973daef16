using System.Globalization;

namespace Briefing.Data;

public enum FigureStatus
{
    Reported,
    Estimate,
    Projection,
}

/// <summary>input/data/capex.yml: one company's capital expenditure for one year, as one source gives it (US$ billions).</summary>
public sealed class CapexFigure : CitedItem, IDisputable
{
    /// <summary>A company id.</summary>
    public required string Company { get; set; }

    public required int Year { get; set; }

    public required decimal Low { get; set; }

    public required decimal High { get; set; }

    public required FigureStatus Status { get; set; }

    public required string Label { get; set; }

    public string? Note { get; set; }

    public string? Disputed { get; set; }

    public bool IsRange => High > Low;

    /// <summary>The amount as the chart and its table print it ("$60–65B"); <see cref="Label"/> is the source's own wording.</summary>
    public string Amount => IsRange
        ? string.Create(CultureInfo.InvariantCulture, $"${Low:0.#}–{High:0.#}B")
        : string.Create(CultureInfo.InvariantCulture, $"${High:0.#}B");
}
