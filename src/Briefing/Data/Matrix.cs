using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

/// <summary>input/data/matrix.yml: the comparison, dimension by dimension, and the verdicts.</summary>
public sealed class Matrix : DataItem
{
    public required List<MatrixDimension> Dimensions { get; set; }

    public List<BestFor> BestFor { get; set; } = [];
}

/// <summary>One row of the comparison: a cell per company, each under the id the company has in companies.yml.</summary>
public sealed class MatrixDimension : DataItem, IKeyLocations
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    [OtherKeys]
    public Dictionary<string, MatrixCell> Cells { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceLocation> KeyLocations { get; } = new(StringComparer.Ordinal);
}

/// <summary>What one company does on one dimension, cited; or, with <c>no_entry: true</c>, an explicit gap.</summary>
public sealed class MatrixCell : DataItem, ICited, IDisputable
{
    public string? Text { get; set; }

    /// <summary>The sources say nothing on this for this company: shown as such, never as an empty cell.</summary>
    public bool NoEntry { get; set; }

    public List<SourceRef> Sources { get; set; } = [];

    public string? Disputed { get; set; }
}

public sealed class BestFor : CitedItem
{
    public required string UseCase { get; set; }

    /// <summary>A company id.</summary>
    public required string Winner { get; set; }

    public required string Why { get; set; }
}
