using Briefing.Engine.Diagnostics;

namespace Briefing.Yaml;

/// <summary>A record bound from YAML that remembers where each key's value was written, for checks made later.</summary>
public interface IKeyLocations
{
    Dictionary<string, SourceLocation> KeyLocations { get; }
}
