using System.Net;
using System.Text;
using Briefing.Content;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Markdown;
using Briefing.Markdown.Citations;
using Briefing.Metadata;
using Briefing.Settings;

namespace Briefing.Modules;

/// <summary>
/// Gives each folder of pages that has no page of its own (no index.md or README.md) a generated one
/// listing its subfolders and pages, as GitHub shows a folder, so that every folder's address, <c>/</c>
/// included, resolves. A folder of other files that a page links to (source code, say) gets one too,
/// listing its subfolders and the files <paramref name="listsFile"/> publishes, and so do its subfolders.
/// The page is laid out like any other; its diagnostics name the folder.
/// </summary>
public sealed class CreateFolderPages(SiteSettings site, Func<string, bool> listsFile) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = inputs.Where(d => d.Has(SiteKeys.PageSource) && d.Has(SiteKeys.Markdown)).ToList();
        var urls = pages.Select(d => d.Get(SiteKeys.Url)).ToHashSet(StringComparer.Ordinal);
        var folders = pages.SelectMany(d => FoldersAbove(d.Get(SiteKeys.PageSource).InputPath)).ToHashSet(StringComparer.Ordinal);
        // Once for all folders: a folder page lists its own pages and subfolders, so looking each up is linear overall.
        var titles = pages.ToDictionary(d => d.Get(SiteKeys.Url), d => d.Get(SiteKeys.Markdown).Title, StringComparer.Ordinal);
        var pagesByFolder = pages.ToLookup(d => d.Get(SiteKeys.PageSource).Folder, StringComparer.Ordinal);
        var subfolders = folders.Where(f => f.Length > 0).ToLookup(ParentOf, StringComparer.Ordinal);
        var created = folders
            .Where(folder => !urls.Contains(UrlOf(folder)))
            .Order(StringComparer.Ordinal)
            .Select(folder => FolderPage(folder, subfolders[folder]
                .Select(f => new Entry(NameOf(f), titles.GetValueOrDefault(UrlOf(f)) is { } own ? own : NameOf(f) + "/", UrlOf(f), IsFolder: true))
                .Concat(pagesByFolder[folder]
                    .Where(d => d.Get(SiteKeys.Url) != UrlOf(folder) && !folders.Contains(d.Get(SiteKeys.Url).Trim('/')))
                    .Select(d => new Entry(Path.GetFileName(d.Get(SiteKeys.PageSource).InputPath), d.Get(SiteKeys.Markdown).Title, d.Get(SiteKeys.Url), IsFolder: false)))))
            .ToList();
        var published = urls.Concat(created.Select(d => d.Get(SiteKeys.Url))).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. created, .. FolderOfFilesPages(pages, published)]);
    }

    /// <summary>The listings of the folders of files that pages link to, and of their subfolders.</summary>
    private IEnumerable<Document> FolderOfFilesPages(IEnumerable<Document> pages, HashSet<string> published)
    {
        var linked = pages.SelectMany(d => d.Get(SiteKeys.Markdown).Links)
            .Select(l => l.TargetPath)
            .Where(t => t.EndsWith('/') && !published.Contains(t))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (linked.Count == 0)
            yield break;
        var index = InputIndex.Scan(site);
        var waiting = new Queue<string>(linked.Select(t => t.Trim('/')).Where(index.HasFolder));
        while (waiting.TryDequeue(out var folder))
        {
            if (!published.Add(UrlOf(folder)))
                continue;
            var subfolders = index.FoldersIn(folder).ToList();
            subfolders.ForEach(waiting.Enqueue);
            yield return FolderPage(folder, subfolders
                .Select(f => new Entry(NameOf(f), NameOf(f) + "/", LinkResolver.FileHref(f) + "/", IsFolder: true))
                .Concat(index.FilesIn(folder).Where(listsFile).Select(f => new Entry(NameOf(f), NameOf(f), LinkResolver.FileHref(f), IsFolder: false))));
        }
    }

    private sealed record Entry(string Name, string Text, string Url, bool IsFolder);

    private Document FolderPage(string folder, IEnumerable<Entry> listed)
    {
        var url = UrlOf(folder);
        var file = site.DisplayPath(Path.Combine(site.InputFolder, folder));
        var title = MarkdownPageRenderer.TitleFromFileName(folder.Length == 0 ? "index.md" : folder + "/index.md");
        var entries = listed
            .OrderBy(e => !e.IsFolder)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

        var html = new StringBuilder("<ul class=\"folder-list\">\n");
        foreach (var entry in entries)
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(entry.Url)).Append("\">").Append(WebUtility.HtmlEncode(entry.Text)).Append("</a></li>\n");
        html.Append("</ul>\n");

        var links = entries.Select(e => new PageLink(Uri.UnescapeDataString(e.Url), null, SourceLocation.Of(file), false)).ToList();
        var markdown = new RenderedMarkdown(title, null, [], links, [], [], new PageNotes());
        return Document.Create(null, Utf8Content.Of(html.ToString()))
            .With(SiteKeys.PageSource, new PageSource(file, folder.Length == 0 ? "index.md" : folder + "/index.md"))
            .With(SiteKeys.FrontMatter, new FrontMatter { Title = title })
            .With(SiteKeys.Url, url)
            .With(SiteKeys.Markdown, markdown)
            .WithDestination(PrettyUrls.DestinationOf(url));
    }

    /// <summary>"a/b/c.md" is in "a/b", "a" and "" (the top).</summary>
    private static IEnumerable<string> FoldersAbove(string inputPath)
    {
        for (var folder = ParentOf(inputPath); ; folder = ParentOf(folder))
        {
            yield return folder;
            if (folder.Length == 0)
                yield break;
        }
    }

    private static string ParentOf(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static string NameOf(string folder) => folder[(folder.LastIndexOf('/') + 1)..];

    private static string UrlOf(string folder) => folder.Length == 0 ? "/" : $"/{folder}/";
}
