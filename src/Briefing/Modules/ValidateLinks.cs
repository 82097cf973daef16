using Briefing.Anchors;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Settings;
using Briefing.Templates;

namespace Briefing.Modules;

/// <summary>
/// Checks every link of the finished site: the target page or file exists, and its #fragment is an id
/// on the target page, found as a browser finds it (<see cref="Fragments"/>). Each break is reported
/// once, where the link was written: a link written in Markdown at its file, line and column; a link
/// the layout wrote (every href, src and srcset of the finished page that its Markdown did not write)
/// at the template attribute that printed it (<see cref="TemplateLinks"/>), else at the first page
/// that shows it, naming the layout. The layout's links are checked only when the build has no error so
/// far: a page whose layout failed is missing, and the failure, not each link to it, is what to fix.
/// </summary>
public sealed class ValidateLinks(SiteSettings site, string dataPipeline, IReadOnlyList<string> pipelines) : IModule
{
    private const string Origin = "https://site.invalid";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var everything = pipelines.SelectMany(context.OutputsOf).ToList();
        var files = everything.Where(d => d.Destination is not null).Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        var idsByFile = everything
            .Where(d => d.Destination is not null && d.Has(SiteKeys.Ids))
            .ToDictionary(d => d.Destination!, d => d.Get(SiteKeys.Ids), StringComparer.Ordinal);

        foreach (var page in everything.Where(d => d.Has(SiteKeys.Markdown)))
        {
            foreach (var link in page.Get(SiteKeys.Markdown).Links)
            {
                if (Problem(link.TargetPath, link.Fragment, link.IsImage) is { } problem)
                    context.Diagnostics.Report(Diagnostic.Error(problem.Code, link.Location, problem.Message));
            }
        }

        // A page whose layout failed is missing from the site: report that failure, not every link to the page.
        if (context.Diagnostics.HasErrors)
            return Task.FromResult(inputs);
        var address = site.AddressOf(RenderMarkdown.SiteDataOf(context, dataPipeline).Site);
        var htmlPages = everything
            .Where(d => d.Destination is not null && d.Destination.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Destination, StringComparer.Ordinal)
            .ToList();
        var independent = new System.Collections.Concurrent.ConcurrentDictionary<string, (string Path, string? Fragment)?>(StringComparer.Ordinal);
        var breaks = new List<LayoutBreak>[htmlPages.Count];
        Parallel.For(0, htmlPages.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, i => breaks[i] = LayoutBreaks(htmlPages[i], address));

        TemplateLinks? templates = null;
        var reported = new HashSet<(string Where, string Url)>();
        foreach (var found in breaks.SelectMany(b => b))
        {
            templates ??= new TemplateLinks(site);
            var written = found.Layout is null ? null : templates.Find(found.Url, found.Layout);
            var where = written ?? found.Page;
            if (!reported.Add((written?.ToString() ?? found.Layout ?? found.Page.File, found.Url)))
                continue;
            var writer = found.Layout is null ? "this page" : $"the layout '{found.Layout}'";
            context.Diagnostics.Report(Diagnostic.Error(found.Problem.Code, where,
                $"{writer} links to '{found.Url}'{(written is null && found.Layout is not null ? $" (on {found.Page.File} and maybe other pages)" : "")}: {found.Problem.Message}"));
        }
        return Task.FromResult(inputs);

        (string Code, string Message)? Problem(string targetPath, string? fragment, bool isImage)
        {
            var file = FileOf(targetPath);
            if (!files.Contains(file) && !files.Contains(file.TrimEnd('/') + "/index.html"))
                return (DiagnosticCodes.BrokenLink, $"{(isImage ? "missing image" : "broken link")}: nothing is published at '{targetPath}'");
            if (fragment is not null && idsByFile.TryGetValue(files.Contains(file) ? file : file.TrimEnd('/') + "/index.html", out var ids) && !Fragments.Lands(fragment, ids))
                return (DiagnosticCodes.MissingAnchor, $"missing anchor: '{targetPath}' has no heading or id '{fragment}'{Yaml.Nearest.Hint(fragment, ids)}");
            return null;
        }

        List<LayoutBreak> LayoutBreaks(Document page, string? siteAddress)
        {
            var found = new List<LayoutBreak>();
            var url = page.GetOrDefault(SiteKeys.Url) ?? "/" + page.Destination;
            var layout = page.GetOrDefault(SiteKeys.FrontMatter) is { } frontMatter ? frontMatter.Layout ?? PageLayout.DefaultLayout : null;
            var location = page.GetOrDefault(SiteKeys.PageSource)?.File is { } source ? SourceLocation.Of(source) : SourceLocation.Of(page.Destination!);
            var fromMarkdown = (page.GetOrDefault(SiteKeys.ContentLinks) ?? []).CountBy(u => u).ToDictionary(StringComparer.Ordinal);
            foreach (var href in HtmlLinks.In(page.Content))
            {
                if (fromMarkdown.GetValueOrDefault(href) is > 0 and var left)
                {
                    fromMarkdown[href] = left - 1; // written in Markdown: checked above, where it was written
                    continue;
                }
                if (href.StartsWith('#') && page.Has(SiteKeys.Ids))
                    continue; // on this page: its layout's #links are checked by IndexPageIds
                // A root-relative or absolute link leads to the same place from every page: resolved once.
                var resolved = IsPageIndependent(href)
                    ? independent.GetOrAdd(href, h => Resolve(h, "/", siteAddress))
                    : Resolve(href, url, siteAddress);
                if (resolved is not { } target || (target.Path == url && page.Has(SiteKeys.Ids)))
                    continue; // elsewhere, or on this page (its layout's #links are checked by IndexPageIds)
                if (Problem(target.Path, target.Fragment, isImage: false) is { } problem)
                    found.Add(new LayoutBreak(href, location, layout, problem));
            }
            return found;
        }
    }

    private static bool IsPageIndependent(string href) =>
        (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private sealed record LayoutBreak(string Url, SourceLocation Page, string? Layout, (string Code, string Message) Problem);

    /// <summary>
    /// The site path and decoded fragment a link on the page at <paramref name="pageUrl"/> leads to, as a
    /// browser resolves it; null for a link off the site (another host, mailto:, data:).
    /// </summary>
    public static (string Path, string? Fragment)? Resolve(string href, string pageUrl, string? siteAddress)
    {
        var trimmed = href.Trim();
        if (siteAddress is not null && trimmed.StartsWith(siteAddress, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == siteAddress.Length || trimmed[siteAddress.Length] is '/' or '#' or '?'))
        {
            trimmed = trimmed[siteAddress.Length..];
        }
        if (!Uri.TryCreate(new Uri(Origin + Uri.EscapeDataString(pageUrl).Replace("%2F", "/", StringComparison.Ordinal)), trimmed, out var resolved)
            || !resolved.GetLeftPart(UriPartial.Authority).Equals(Origin, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var fragment = resolved.Fragment.Length > 0 ? Fragments.Decode(resolved.Fragment[1..]) : trimmed.EndsWith('#') ? "" : null;
        return (Uri.UnescapeDataString(resolved.AbsolutePath), fragment);
    }

    /// <summary>"/notes/x/" is served from notes/x/index.html; "/img/a.png" from img/a.png.</summary>
    private static string FileOf(string targetPath) =>
        targetPath.EndsWith('/') ? PrettyUrls.DestinationOf(targetPath) : targetPath.TrimStart('/');
}
