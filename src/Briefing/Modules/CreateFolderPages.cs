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
/// included, resolves. The page is laid out like any other; its diagnostics name the folder.
/// </summary>
public sealed class CreateFolderPages(SiteSettings site) : IModule
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
            .Select(folder => FolderPage(folder, folders, subfolders[folder], pagesByFolder[folder], titles))
            .ToList();
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, .. created]);
    }

    private Document FolderPage(
        string folder, IReadOnlySet<string> folders, IEnumerable<string> subfolders, IEnumerable<Document> pages, IReadOnlyDictionary<string, string> titles)
    {
        var url = UrlOf(folder);
        var file = site.DisplayPath(Path.Combine(site.InputFolder, folder));
        var title = MarkdownPageRenderer.TitleFromFileName(folder.Length == 0 ? "index.md" : folder + "/index.md");
        var entries = subfolders
            .Select(f => (Name: NameOf(f), Text: titles.GetValueOrDefault(UrlOf(f)) is { } own ? own : NameOf(f) + "/", Url: UrlOf(f), IsFolder: true))
            .Concat(pages
                .Where(d => d.Get(SiteKeys.Url) != url && !folders.Contains(d.Get(SiteKeys.Url).Trim('/')))
                .Select(d => (Name: Path.GetFileName(d.Get(SiteKeys.PageSource).InputPath), Text: d.Get(SiteKeys.Markdown).Title, Url: d.Get(SiteKeys.Url), IsFolder: false)))
            .OrderBy(e => !e.IsFolder)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

        var html = new StringBuilder("<ul class=\"folder-list\">\n");
        foreach (var entry in entries)
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(entry.Url)).Append("\">").Append(WebUtility.HtmlEncode(entry.Text)).Append("</a></li>\n");
        html.Append("</ul>\n");

        var links = entries.Select(e => new PageLink(e.Url, null, SourceLocation.Of(file), false)).ToList();
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
