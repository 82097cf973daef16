using Briefing.Content;
using Briefing.Engine.Pipelines;
using Briefing.Modules;
using Briefing.Search;
using Briefing.Settings;
using Briefing.Templates;

namespace Briefing;

/// <summary>
/// The site, declared: which files each pipeline reads, and what it does with them, phase by phase.
/// Where a page comes from: every Markdown file in input/ is a page ("pages"), put in
/// theme/layouts/{layout}.sbn by ApplyLayout. To add a page type, add a layout; if it needs data, add a
/// file under input/data/ (and, to have it checked, its shape under input/data/shapes/): no C#.
/// </summary>
public static class SiteConfiguration
{
    public const string Data = "data";
    public const string Pages = "pages";
    public const string Assets = "assets";
    public const string Files = "files";
    public const string SiteFiles = "site-files";
    public const string Links = "links";
    public const string Search = "search";

    public static IReadOnlyList<Pipeline> Pipelines(SiteSettings site)
    {
        var templates = new TemplateLibrary(site);

        return
        [
            new Pipeline(Data)
            {
                Input = [new ReadFiles(site, site.InputFolder, path => IsData(path))],
                Process = [new BindDataFiles(), new CheckSiteData()],
            },
            new Pipeline(Pages)
            {
                Dependencies = [Data],
                Input = [new ReadFiles(site, site.InputFolder, path => IsPage(path))],
                Process = [new ParseFrontMatter(), new SetPageUrls(), new SkipDrafts(site), new RenderMarkdown(site, Data), new CreateFolderPages(site, listsFile: IsCopiedAsIs)],
                PostProcess =
                [
                    new ListContentLinks(),
                    new ApplyLayout(site, templates, Data, Assets, pagesFrom: [Pages]),
                    new WarnUncitedSources(Data, citationsFrom: [Pages]),
                    new IndexPageIds(),
                ],
                Output = [new WriteFiles()],
            },
            new Pipeline(Assets)
            {
                Input = [new ReadFiles(site, [site.ThemeFolder, site.InputFolder], path => path.StartsWith("assets/", StringComparison.Ordinal), asText: false)],
                Process = [new SetDestination(), new FingerprintAssets()],
                Output = [new WriteFiles()],
            },
            new Pipeline(Files)
            {
                Input = [new ReadFiles(site, site.InputFolder, path => IsCopiedAsIs(path), asText: false)],
                Process = [new SetDestination(), new IndexPageIds()],
                Output = [new WriteFiles()],
            },
            new Pipeline(SiteFiles)
            {
                Dependencies = [Data, Pages],
                PostProcess =
                [
                    new CreatePage(site, "Page not found", layout: "404", url: "/404.html", destination: "404.html"),
                    new ApplyLayout(site, templates, Data, Assets, pagesFrom: [Pages]),
                    new GenerateSiteFiles(site, Data, pagesFrom: [Pages]),
                    new WriteChartData(Data),
                ],
                Output = [new WriteFiles()],
            },
            new Pipeline(Search)
            {
                // Reads the pages laid out (a dependency's PostProcess output), so it indexes what readers see.
                Dependencies = [Pages],
                PostProcess = [new WriteSearchIndex(templates, pagesFrom: [Pages])],
                Output = [new WriteFiles()],
            },
            new Pipeline(Links)
            {
                Dependencies = [Data, Pages, Assets, Files, SiteFiles],
                PostProcess = [new ValidateLinks(site, Data, [Pages, Assets, Files, SiteFiles])],
            },
        ];
    }

    private static bool IsPage(string path) => InputIndex.IsMarkdown(path);

    private static bool IsData(string path) => path.StartsWith("data/", StringComparison.Ordinal) && path.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>Images and other files beside the pages; not pages, data, templates or theme assets.</summary>
    private static bool IsCopiedAsIs(string path) =>
        !IsPage(path) && !IsData(path) && !path.EndsWith(".sbn", StringComparison.Ordinal) && !path.StartsWith("assets/", StringComparison.Ordinal);
}
