namespace Briefing.Data;

/// <summary>input/data/companies.yml: one subject of the comparison. Everything keyed by company names its <see cref="Id"/>.</summary>
public sealed class Company : CitedItem
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Role { get; set; }

    public required string Summary { get; set; }

    /// <summary>
    /// Its place in companies.yml, from 1: the theme's colour series ("series-1"), so that a new company
    /// gets a colour without a new CSS rule naming it.
    /// </summary>
    public int Number { get; internal set; }

    public string Series => $"series-{Number}";
}
