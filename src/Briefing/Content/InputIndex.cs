namespace Briefing.Content;

/// <summary>
/// Every file in the input folder, read once per build, so a link can be resolved before the page it
/// points at has been rendered (and whichever pipeline renders it).
/// </summary>
public sealed class InputIndex
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, string> _pageUrls;
    private readonly HashSet<string> _folders;

    public InputIndex(IEnumerable<string> inputPaths)
    {
        _files = new HashSet<string>(inputPaths, StringComparer.Ordinal);
        _folders = _files.SelectMany(ParentsOf).ToHashSet(StringComparer.Ordinal);
        _pageUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in _files.Where(IsMarkdown))
        {
            var folder = path.Contains('/') ? path[..(path.LastIndexOf('/') + 1)] : "";
            _pageUrls[path] = PrettyUrls.UrlOf(path, readmeIsIndex: !_files.Contains(folder + "index.md"));
        }
    }

    public static InputIndex Scan(string inputFolder)
    {
        if (!Directory.Exists(inputFolder))
            return new InputIndex([]);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        return new InputIndex(Directory.EnumerateFiles(inputFolder, "*", options)
            .Select(p => Path.GetRelativePath(inputFolder, p).Replace(Path.DirectorySeparatorChar, '/')));
    }

    public bool SameFilesAs(InputIndex other) => _files.SetEquals(other._files);

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public bool HasFile(string inputPath) => _files.Contains(inputPath);

    public bool HasFolder(string inputPath) => _folders.Contains(inputPath.TrimEnd('/'));

    public string? PageUrlOf(string inputPath) => _pageUrls.GetValueOrDefault(inputPath);

    /// <summary>The index page of a folder ("notes" to "/notes/"), if it has index.md or README.md.</summary>
    public string? FolderPageUrl(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        return PageUrlOf(prefix + "index.md") ?? PageUrlOf(prefix + "README.md");
    }

    private static IEnumerable<string> ParentsOf(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            yield return path[..slash];
    }
}
