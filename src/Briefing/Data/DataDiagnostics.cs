using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

/// <summary>The references into the site's data that pages, data files and layouts all make, reported alike wherever they are written.</summary>
public static class DataDiagnostics
{
    public static Diagnostic UnknownSource(string id, SourceLocation location, IReadOnlyCollection<string> known) =>
        Diagnostic.Error(DiagnosticCodes.UnknownSource, location,
            known.Count == 0
                ? $"unknown source '{id}': input/data/sources.yml declares no sources"
                : $"unknown source '{id}'{Nearest.Hint(id, known)} (sources are declared in input/data/sources.yml)");

    public static Diagnostic UnknownCompany(string id, SourceLocation location, IReadOnlyList<Company> companies, string? why = null) =>
        Diagnostic.Error(DiagnosticCodes.UnknownReference, location,
            $"unknown company '{id}'{Nearest.Hint(id, companies.Select(c => c.Id))} (companies are declared in input/data/companies.yml{(why is null ? "" : "; " + why)})");
}
