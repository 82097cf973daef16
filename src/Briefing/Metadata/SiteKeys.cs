using Briefing.Content;
using Briefing.Data;
using Briefing.Engine.Documents;
using Briefing.Markdown;
using Briefing.Markdown.Citations;

namespace Briefing.Metadata;

/// <summary>The metadata the site's modules pass along, each with its type.</summary>
public static class SiteKeys
{
    public static readonly MetadataKey<PageSource> PageSource = new("page-source");
    public static readonly MetadataKey<FrontMatter> FrontMatter = new("front-matter");

    /// <summary>The page's address on the site: "/", "/notes/x/".</summary>
    public static readonly MetadataKey<string> Url = new("url");

    public static readonly MetadataKey<RenderedMarkdown> Markdown = new("markdown");

    /// <summary>Where the finished page cites each source, for the sources page.</summary>
    public static readonly MetadataKey<IReadOnlyList<CitationUse>> CitationUses = new("citation-uses");

    /// <summary>Every id on the finished page, for anchor checks.</summary>
    public static readonly MetadataKey<IReadOnlySet<string>> Ids = new("ids");

    /// <summary>The href, src and srcset URLs of the page's rendered Markdown, before its layout: see <see cref="Modules.ListContentLinks"/>.</summary>
    public static readonly MetadataKey<IReadOnlyList<string>> ContentLinks = new("content-links");

    /// <summary>An asset's address before fingerprinting: what templates ask for.</summary>
    public static readonly MetadataKey<string> AssetUrl = new("asset-url");

    public static readonly MetadataKey<object> BoundData = new("bound-data");
    public static readonly MetadataKey<SiteData> SiteData = new("site-data");
}
