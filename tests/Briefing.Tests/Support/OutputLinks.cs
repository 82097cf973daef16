using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Tests.Support;

/// <summary>
/// Walks every HTML file of a built site and follows every href, src and srcset on the site as a browser
/// would: the file must exist, and a #fragment must name an id of the target page (in any case, as GitHub
/// and the theme's script find it). Independent of the generator's own link check, which it verifies.
/// </summary>
public static class OutputLinks
{
    public sealed record Walk(IReadOnlyDictionary<string, IDocument> Pages, IReadOnlyList<string> Broken, int Checked);

    public static Walk Follow(string outputFolder, string origin = "https://briefing.test/")
    {
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(outputFolder, p).Replace('\\', '/'), p => (IDocument)parser.ParseDocument(File.ReadAllText(p)));
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (file, page) in pages)
        {
            var pageUrl = new Uri(origin + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file));
            var urls = page.QuerySelectorAll("[href], [src], [srcset]").SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }
                .Concat((e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0])))
                .OfType<string>();
            foreach (var url in urls)
            {
                var target = new Uri(pageUrl, url);
                if (target.Host != pageUrl.Host)
                    continue;
                checkedLinks++;
                var path = Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/');
                var targetFile = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (!File.Exists(Path.Combine(outputFolder, targetFile)))
                    broken.Add($"{file}: {url}");
                else if (fragment.Length > 0 && fragment != "top" && pages.TryGetValue(targetFile, out var targetPage) && !HasId(targetPage, fragment))
                    broken.Add($"{file}: {url} (no such id)");
            }
        }
        return new Walk(pages, broken, checkedLinks);
    }

    private static bool HasId(IDocument page, string id) =>
        page.GetElementById(id) is not null || page.QuerySelectorAll("[id]").Any(e => e.Id!.Equals(id, StringComparison.OrdinalIgnoreCase));
}
