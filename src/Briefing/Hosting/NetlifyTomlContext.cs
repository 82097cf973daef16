using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Briefing.Hosting;

/// <summary>Reads netlify.toml as a plain table with code made at compile time, so the launcher's Native AOT build reads it too.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class NetlifyTomlContext : TomlSerializerContext;
