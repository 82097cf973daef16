using System.Text.Json.Serialization;

namespace Briefing.Preview;

/// <summary>The problems sent to the page as JSON, serialized by code made at compile time (the launcher's Native AOT build has no reflection-based JSON).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class ProblemsJson : JsonSerializerContext;
