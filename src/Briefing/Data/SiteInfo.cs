namespace Briefing.Data;

/// <summary>input/data/site.yml: what the whole site is called.</summary>
public sealed class SiteInfo : DataItem
{
    public required string Title { get; set; }

    public string? Description { get; set; }

    public string Language { get; set; } = "en";

    /// <summary>The site's public address; --base-url overrides it (Netlify's build passes its own).</summary>
    public string? Url { get; set; }
}
