using Briefing.Engine.Diagnostics;

namespace Briefing.Yaml;

/// <summary>A value bound from YAML that remembers where it was written, for later diagnostics.</summary>
public interface ILocated
{
    SourceLocation Location { get; set; }
}
