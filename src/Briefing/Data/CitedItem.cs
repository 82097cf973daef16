using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

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
