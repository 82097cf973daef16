using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

/// <summary>A source id written in a data file's <c>sources:</c> list, remembering where, so an unknown id is reported there.</summary>
public sealed class SourceRef : IYamlScalar<SourceRef>, ILocated
{
    public required string Id { get; init; }

    public SourceLocation Location { get; set; }

    public static string Expected => "a source id";

    public static SourceRef? Parse(string text) => string.IsNullOrWhiteSpace(text) ? null : new SourceRef { Id = text.Trim() };

    public override string ToString() => Id;
}
