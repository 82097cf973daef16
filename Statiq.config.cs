using Briefing.Engine.Pipelines;
using Briefing.Modules;
using Briefing.Templates;

namespace Briefing;

/// <summary>
/// The site, declared: which files each pipeline reads, and what it does with them, phase by phase.
/// To add a page type, add a layout under theme/layouts/ and, if it needs data, a file under
/// input/data/ with its shape in Data/DataFiles.cs. Where a page comes from: pages are Markdown files
/// in input/ ("content"), put in theme/layouts/{layout}.sbn by ApplyLayout.
/// </summary>
public static class SiteConfiguration
{
    public const string Data = "data";
    public const string Content = "content";
    public const string SourcesPage = "sources";
    public const string Assets = "assets";
    public const string Files = "files";
    public const string SiteFiles = "site-files";
    public const string Links = "links";

    /// <summary>The sources page lists every citation on the site, so it is rendered after all other pages.</summary>
    private const string SourcesPageFile = "sources.md";

    public static IReadOnlyList<Pipeline> Pipelines(SiteSettings site)
    {
        var templates = new TemplateLibrary(site);
        string[] pages = [Content, SourcesPage];

        return
        [
            new Pipeline(Data)
            {
                Input = [new ReadFiles(site, site.InputFolder, path => IsData(path))],
                Process = [new BindDataFiles(), new CheckSiteData()],
            },
            new Pipeline(Content)
            {
                Dependencies = [Data],
                Input = [new ReadFiles(site, site.InputFolder, path => IsPage(path) && path != SourcesPageFile)],
                Process = [new ParseFrontMatter(), new SkipDrafts(site), new SetPageUrls(), new RenderMarkdown(site, Data)],
                PostProcess = [new ApplyLayout(site, templates, Data, Assets, pagesFrom: pages, citationsFrom: []), new IndexPageIds()],
                Output = [new WriteFiles()],
            },
            new Pipeline(SourcesPage)
            {
                Dependencies = [Data, Content],
                Input = [new ReadFiles(site, site.InputFolder, path => path == SourcesPageFile)],
                Process = [new ParseFrontMatter(), new SkipDrafts(site), new SetPageUrls(), new RenderMarkdown(site, Data)],
                PostProcess =
                [
                    new ApplyLayout(site, templates, Data, Assets, pagesFrom: pages, citationsFrom: [Content]),
                    new WarnUncitedSources(Data, citationsFrom: pages),
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
                Process = [new SetDestination()],
                Output = [new WriteFiles()],
            },
            new Pipeline(SiteFiles)
            {
                Dependencies = [Data, Content, SourcesPage],
                PostProcess =
                [
                    new CreatePage(site, "Page not found", layout: "404", url: "/404.html", destination: "404.html"),
                    new ApplyLayout(site, templates, Data, Assets, pagesFrom: pages, citationsFrom: []),
                    new GenerateSiteFiles(site, Data, pagesFrom: pages),
                ],
                Output = [new WriteFiles()],
            },
            new Pipeline(Links)
            {
                Dependencies = [Content, SourcesPage, Assets, Files, SiteFiles],
                PostProcess = [new ValidateLinks([Content, SourcesPage, Assets, Files, SiteFiles])],
            },
        ];
    }

    private static bool IsPage(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static bool IsData(string path) => path.StartsWith("data/", StringComparison.Ordinal) && path.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>Images and other files beside the pages; not pages, data, templates or theme assets.</summary>
    private static bool IsCopiedAsIs(string path) =>
        !IsPage(path) && !IsData(path) && !path.EndsWith(".sbn", StringComparison.Ordinal) && !path.StartsWith("assets/", StringComparison.Ordinal);
}
