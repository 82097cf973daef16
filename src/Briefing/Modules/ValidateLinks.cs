using Briefing.Content;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;

namespace Briefing.Modules;

/// <summary>
/// Checks every link written in a page against the finished site: the target page or file exists, and
/// its #fragment is an id on the target page, found as a browser finds it (<see cref="Fragments"/>).
/// Each break is reported once, where the link was written.
/// </summary>
public sealed class ValidateLinks(IReadOnlyList<string> pipelines) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var everything = pipelines.SelectMany(context.OutputsOf).ToList();
        var files = everything.Where(d => d.Destination is not null).Select(d => d.Destination!).ToHashSet(StringComparer.Ordinal);
        var idsByFile = everything
            .Where(d => d.Destination is not null && d.Has(SiteKeys.Ids))
            .ToDictionary(d => d.Destination!, d => d.Get(SiteKeys.Ids), StringComparer.Ordinal);

        foreach (var page in everything.Where(d => d.Has(SiteKeys.Markdown)))
        {
            foreach (var link in page.Get(SiteKeys.Markdown).Links)
            {
                var file = FileOf(link.TargetPath);
                if (!files.Contains(file) && !files.Contains(file.TrimEnd('/') + "/index.html"))
                {
                    context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.BrokenLink, link.Location,
                        $"{(link.IsImage ? "missing image" : "broken link")}: nothing is published at '{link.TargetPath}'"));
                }
                else if (link.Fragment is { } fragment && idsByFile.TryGetValue(file, out var ids) && !Fragments.Lands(fragment, ids))
                {
                    context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingAnchor, link.Location,
                        $"missing anchor: '{link.TargetPath}' has no heading or id '{fragment}'{Yaml.Nearest.Hint(fragment, ids)}"));
                }
            }
        }
        return Task.FromResult(inputs);
    }

    /// <summary>"/notes/x/" is served from notes/x/index.html; "/img/a.png" from img/a.png.</summary>
    private static string FileOf(string targetPath) =>
        targetPath.EndsWith('/') ? PrettyUrls.DestinationOf(targetPath) : targetPath.TrimStart('/');
}
