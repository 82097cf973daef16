namespace Briefing.Templates;

/// <summary>
/// The template function that gives the search index's address. Declared with the other template functions,
/// so that the search feature depends on templates and not the other way round.
/// </summary>
public static class SearchIndexFunction
{
    public const string Name = "search_index";

    public const string Address = "/search-index.json";
}
