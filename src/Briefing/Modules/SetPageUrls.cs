using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;

namespace Briefing.Modules;

/// <summary>Gives each page its pretty URL (<see cref="InputIndex"/>) and output file; two pages claiming one URL is an error naming both.</summary>
public sealed class SetPageUrls : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var index = new InputIndex(inputs.Select(d => d.Get(SiteKeys.PageSource).InputPath));
        var placed = inputs.Select(d =>
        {
            var url = index.PageUrlOf(d.Get(SiteKeys.PageSource).InputPath)!;
            return d.With(SiteKeys.Url, url).WithDestination(PrettyUrls.DestinationOf(url));
        }).ToList();

        var kept = new HashSet<Document>(ReferenceEqualityComparer.Instance);
        foreach (var claim in placed.GroupBy(d => d.Get(SiteKeys.Url), StringComparer.OrdinalIgnoreCase))
        {
            var claimants = claim.ToList();
            kept.Add(claimants[0]);
            foreach (var other in claimants.Skip(1))
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicateUrl, new SourceLocation(other.Source!, 1, 1),
                    $"this page and '{claimants[0].Source}' would both be published at '{claim.Key}': rename or move one of them"));
            }
        }
        return Task.FromResult<IReadOnlyList<Document>>(placed.Where(kept.Contains).ToList());
    }
}
