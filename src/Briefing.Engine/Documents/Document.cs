using System.Collections.Immutable;

namespace Briefing.Engine.Documents;

/// <summary>
/// The unit that flows through modules. Immutable: every change returns a new document,
/// so a module can never disturb what another pipeline is reading.
/// </summary>
public sealed class Document
{
    private static readonly ImmutableDictionary<string, object> NoMetadata =
        ImmutableDictionary.Create<string, object>(StringComparer.OrdinalIgnoreCase);

    private readonly ImmutableDictionary<string, object> _metadata;

    private Document(string? source, string? destination, DocumentContent content, ImmutableDictionary<string, object> metadata)
    {
        Source = source;
        Destination = destination;
        Content = content;
        _metadata = metadata;
    }

    /// <summary>Where the document came from, relative to the site root with '/' separators (for diagnostics).</summary>
    public string? Source { get; }

    /// <summary>Where it will be written, relative to the output folder with '/' separators; null is not written.</summary>
    public string? Destination { get; }

    public DocumentContent Content { get; }

    public static Document Create(string? source, DocumentContent content) => new(source, null, content, NoMetadata);

    public Document WithContent(DocumentContent content) => new(Source, Destination, content, _metadata);

    public Document WithContent(string text) => WithContent(new TextContent(text));

    public Document WithDestination(string? destination) => new(Source, destination, Content, _metadata);

    public Document With<T>(MetadataKey<T> key, T value) where T : notnull =>
        new(Source, Destination, Content, _metadata.SetItem(key.Name, value));

    public bool Has<T>(MetadataKey<T> key) => _metadata.ContainsKey(key.Name);

    public T Get<T>(MetadataKey<T> key) =>
        TryGet(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Document '{Source ?? Destination}' has no metadata '{key.Name}'.");

    public T? GetOrDefault<T>(MetadataKey<T> key, T? fallback = default) =>
        TryGet(key, out var value) ? value : fallback;

    public bool TryGet<T>(MetadataKey<T> key, out T value)
    {
        if (_metadata.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }

    public override string ToString() => Source ?? Destination ?? "(generated)";
}
