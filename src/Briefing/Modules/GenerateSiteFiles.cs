using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Settings;
using Briefing.SiteFiles;

namespace Briefing.Modules;

/// <summary>
/// sitemap.xml (every page, lastmod from its date), feed.xml (an Atom feed of the dated pages, newest first)
/// and robots.txt (pointing at the sitemap), from the pages of <paramref name="pagesFrom"/>; only robots.txt when the site's address is unknown.
/// </summary>
public sealed class GenerateSiteFiles(SiteSettings site, string dataPipeline, IReadOnlyList<string> pagesFrom) : IModule
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var data = RenderMarkdown.SiteDataOf(context, dataPipeline);
        if (site.AddressOf(data.Site) is not { } baseUrl)
        {
            // A sitemap and a feed are made of absolute URLs: without the site's address, write neither rather than invent one.
            context.Diagnostics.Report(Diagnostic.Info(DiagnosticCodes.NoSiteAddress, data.Site?.Location ?? SourceLocation.Of("input/data/site.yml"),
                "the site's address is not known, so no canonical URL, sitemap.xml or feed.xml is written: pass --base-url (Netlify's build passes $URL) or set 'url' in input/data/site.yml"));
            return Task.FromResult<IReadOnlyList<Document>>([.. inputs, Document.Create(null, new TextContent("User-agent: *\nAllow: /\n")).WithDestination("robots.txt")]);
        }
        var feedTitle = SiteXml.Clean(data.Site?.Title ?? "Updates");
        var pages = pagesFrom.SelectMany(context.OutputsOf)
            .Where(d => d.Has(SiteKeys.Markdown) && d.Destination is not null && d.Destination.EndsWith("index.html", StringComparison.Ordinal))
            .Select(d => (
                Url: SiteXml.Clean(baseUrl + d.Get(SiteKeys.Url)),
                Title: SiteXml.Clean(d.Get(SiteKeys.Markdown).Title),
                d.Get(SiteKeys.FrontMatter).Date,
                Description: d.Get(SiteKeys.FrontMatter).Description is { } description ? SiteXml.Clean(description) : null))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

        var sitemap = SiteXml.Write(xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", page.Url);
                if (page.Date is { } date)
                    xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });

        var dated = pages.Where(p => p.Date is not null).OrderByDescending(p => p.Date).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        var feed = SiteXml.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, feedTitle);
            xml.WriteElementString("id", Atom, baseUrl + "/");
            xml.WriteStartElement("link", Atom);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("href", baseUrl + "/feed.xml");
            xml.WriteEndElement();
            xml.WriteStartElement("link", Atom);
            xml.WriteAttributeString("href", baseUrl + "/");
            xml.WriteEndElement();
            xml.WriteElementString("updated", Atom, Timestamp(dated.Select(p => p.Date).Max()));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, feedTitle);
            xml.WriteEndElement();
            foreach (var page in dated)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, page.Title);
                xml.WriteStartElement("link", Atom);
                xml.WriteAttributeString("href", page.Url);
                xml.WriteEndElement();
                xml.WriteElementString("id", Atom, page.Url);
                xml.WriteElementString("updated", Atom, Timestamp(page.Date));
                if (page.Description is not null)
                    xml.WriteElementString("summary", Atom, page.Description);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });

        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}/sitemap.xml\n";
        return Task.FromResult<IReadOnlyList<Document>>([
            .. inputs,
            Document.Create(null, new TextContent(sitemap)).WithDestination("sitemap.xml"),
            Document.Create(null, new TextContent(feed)).WithDestination("feed.xml"),
            Document.Create(null, new TextContent(robots)).WithDestination("robots.txt"),
        ]);
    }

    /// <summary>Dates from content, never the clock, so two builds are byte-identical.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
