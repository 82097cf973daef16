using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Content;

/// <summary>The keys a page may set at its top, between '---' lines. docs/content-model.md describes each.</summary>
public sealed class FrontMatter : IKeyLocations
{
    public Dictionary<string, SourceLocation> KeyLocations { get; } = new(StringComparer.Ordinal);

    public string? Title { get; set; }

    public string? Description { get; set; }

    public DateOnly? Date { get; set; }

    public List<string> Tags { get; set; } = [];

    public bool Draft { get; set; }

    public string? Layout { get; set; }

    /// <summary>Position in the site navigation; pages without it are left out of the navigation.</summary>
    public int? Order { get; set; }

    public string? NavTitle { get; set; }

    /// <summary>For the company layout: which company's data the page shows.</summary>
    public string? Company { get; set; }

    /// <summary>Tables of input/data/tables/ the page shows after its text, by id.</summary>
    public List<string> Tables { get; set; } = [];

    /// <summary>
    /// Every other key, as written: other generators' keys (author, categories, permalink, weight…) are
    /// kept for layouts (<c>page.params.author</c>), never an error; one close to a known key is a typo warning.
    /// </summary>
    [OtherKeys]
    public Dictionary<string, object> Params { get; set; } = new(StringComparer.Ordinal);
}
