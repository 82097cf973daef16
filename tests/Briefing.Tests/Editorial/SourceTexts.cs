using Briefing.Tests.Support;

namespace Briefing.Tests.Editorial;

/// <summary>
/// The texts of the five sources, read from outside the project (they must never be copied into it): from the
/// folder named by the <c>BRIEFING_SOURCES</c> environment variable, or else <c>../shared/sources</c> beside the
/// repository. Only the figures are kept in memory, as normalised keys.
/// </summary>
public sealed class SourceTexts
{
    public const string Variable = "BRIEFING_SOURCES";

    /// <summary>
    /// Which text file holds which source of input/data/sources.yml. The file names are those of the shared
    /// folder; sources.yml carries no field that names them, and the site's model is not the place for it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["comparison"] = "000_2bec20e18a4b5c61.txt",
        ["capex-paradox"] = "001_60474b2cbae14769.txt",
        ["egoistai"] = "002_75edf458aeb1c4c9.txt",
        ["aiindustryreview"] = "003_058029fb0ba08e8b.txt",
        ["kapualabs"] = "004_0023878ff1b2be56.txt",
    };

    private readonly Dictionary<string, HashSet<string>> _keys;

    private SourceTexts(string folder, Dictionary<string, HashSet<string>> keys)
    {
        Folder = folder;
        _keys = keys;
    }

    public string Folder { get; }

    public IEnumerable<string> Ids => _keys.Keys;

    /// <summary>The folder the texts are read from: the environment variable, or the shared folder.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set
            ? Path.GetFullPath(set)
            : Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "sources"));

    /// <summary>Reads the texts, or fails with a plain message saying what is missing and how to supply it.</summary>
    public static SourceTexts Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        if (!Directory.Exists(folder))
        {
            throw new SourceTextsMissingException(
                $"The source texts are not available: the folder '{folder}' does not exist. The figure check reads them " +
                $"from ../shared/sources beside the repository, or from the folder named by the {Variable} environment " +
                "variable; it cannot check any figure without them, so it fails rather than pass.");
        }
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (id, file) in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                throw new SourceTextsMissingException(
                    $"The source text of '{id}' is not available: '{path}' does not exist (folder from {Variable} or ../shared/sources).");
            }
            keys[id] = Figures.KeysOf(File.ReadAllText(path));
        }
        return new SourceTexts(folder, keys);
    }

    public bool Knows(string id) => _keys.ContainsKey(id);

    public bool Contains(string id, string key) => _keys.TryGetValue(id, out var set) && set.Contains(key);
}

public sealed class SourceTextsMissingException(string message) : Exception(message);
