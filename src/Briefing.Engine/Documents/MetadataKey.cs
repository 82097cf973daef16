namespace Briefing.Engine.Documents;

/// <summary>
/// A typed name for a metadata value. Modules declare their keys once, so values are read back
/// with their type instead of as strings cast all over the code.
/// </summary>
public sealed record MetadataKey<T>(string Name)
{
    public override string ToString() => Name;
}
