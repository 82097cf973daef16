using Briefing.Settings;

namespace Briefing.Content;

/// <summary>
/// Every file in the input folder, listed once per build by <see cref="InputFiles"/> (the rule ReadFiles
/// uses too), and the one place that decides each page's URL: so that a page's address, a link to it
/// and a link to its folder agree, whichever pipeline renders it and in whatever case its name is written.
/// </summary>
public sealed class InputIndex
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, string> _pageUrls;
    private readonly HashSet<string> _urls;
    private readonly HashSet<string> _folders;

    public InputIndex(IEnumerable<string> inputPaths)
    {
        _files = new HashSet<string>(inputPaths, StringComparer.Ordinal);
        _folders = _files.SelectMany(ParentsOf).ToHashSet(StringComparer.Ordinal);
        var pages = _files.Where(IsMarkdown).ToList();
        var foldersWithIndex = pages.Where(p => PrettyUrls.IsIndexName(p)).Select(FolderOf).ToHashSet(StringComparer.Ordinal);
        _pageUrls = pages.ToDictionary(p => p, p => PrettyUrls.UrlOf(p, readmeIsIndex: !foldersWithIndex.Contains(FolderOf(p))), StringComparer.Ordinal);
        _urls = _pageUrls.Values.ToHashSet(StringComparer.Ordinal);
        // A folder of pages without a page of its own gets a generated one (Modules.CreateFolderPages): the top's too.
        _urls.UnionWith(pages.SelectMany(p => ParentsOf(p).Append("")).Select(f => f.Length == 0 ? "/" : $"/{f}/"));
    }

    public static InputIndex Scan(SiteSettings site) => new(InputFiles.Under(site, site.InputFolder).Select(f => f.Relative));

    public bool SameFilesAs(InputIndex other) => _files.SetEquals(other._files);

    /// <summary>A Markdown page: <c>.md</c>, or <c>.markdown</c> as Jekyll writes it.</summary>
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    public bool HasFile(string inputPath) => _files.Contains(inputPath);

    public bool HasFolder(string inputPath) => _folders.Contains(inputPath.TrimEnd('/'));

    public string? PageUrlOf(string inputPath) => _pageUrls.GetValueOrDefault(inputPath);

    /// <summary>The index page of a folder ("notes" to "/notes/"): its index.md or README.md (in any case), else the generated one when it holds pages.</summary>
    public string? FolderPageUrl(string folder)
    {
        var url = folder.Trim('/').Length == 0 ? "/" : $"/{folder.Trim('/')}/";
        return _urls.Contains(url) ? url : null;
    }

    /// <summary>The files directly in a folder ("" is the top), in ordinal order.</summary>
    public IEnumerable<string> FilesIn(string folder) =>
        _files.Where(f => FolderOf(f) == folder).Order(StringComparer.Ordinal);

    /// <summary>The folders directly in a folder ("" is the top), in ordinal order.</summary>
    public IEnumerable<string> FoldersIn(string folder) =>
        _folders.Where(f => FolderOf(f) == folder).Order(StringComparer.Ordinal);

    private static string FolderOf(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static IEnumerable<string> ParentsOf(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            yield return path[..slash];
    }
}
