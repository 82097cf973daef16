using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

/// <summary>
/// input/data/shapes/NAME.yml: the shape the site declares for input/data/NAME.yml, one key per field.
/// The data file is one mapping of those fields or a list of them; each is checked at its position.
/// </summary>
public sealed class DataShape : DataItem, IKeyLocations
{
    [OtherKeys]
    public Dictionary<string, FieldShape> Fields { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceLocation> KeyLocations { get; } = new(StringComparer.Ordinal);
}

public enum FieldType
{
    Text,
    Number,
    Date,
    Bool,
    List,

    /// <summary>A list of source ids: the item is cited, and each id must be a known source.</summary>
    Sources,
}

public sealed class FieldShape : DataItem
{
    public FieldType Type { get; set; } = FieldType.Text;

    public bool Required { get; set; }

    /// <summary>For text: the only values allowed.</summary>
    public List<string> Allowed { get; set; } = [];
}
