namespace Briefing.Data;

/// <summary>
/// input/data/sources.yml: one text the briefing is built from, graded from what that text shows of itself:
/// its kind, its author and date as stated (or not), whether it is complete, and its own caveats.
/// </summary>
public sealed class Source : DataItem
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The short name the site's prose gives the source where its title would be ambiguous or long.</summary>
    public string? Short { get; set; }

    /// <summary>What sort of text it is, in the editor's words: "analysis", "news note", "summary of a paywalled article"…</summary>
    public string? Kind { get; set; }

    public string? Author { get; set; }

    public string? Publisher { get; set; }

    /// <summary>The date as the text states it; where it states none, say so (and what an inferred date rests on).</summary>
    public string? Published { get; set; }

    public string? Url { get; set; }

    /// <summary>Whether the text the site read is the whole article (not a teaser or a members-only excerpt).</summary>
    public bool? Complete { get; set; }

    /// <summary>The source's own warnings about itself, passed on to readers.</summary>
    public List<string> Caveats { get; set; } = [];

    public required string Description { get; set; }

    public string AuthorAsNamed => Author ?? "not named";

    public string DateAsStated => Published ?? "date not stated";

    public string Completeness => Complete switch
    {
        true => "complete",
        false => "incomplete",
        null => "not known",
    };
}
