using System.Net;
using System.Text.RegularExpressions;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;

namespace Briefing.Modules;

/// <summary>
/// Lists the ids of each finished page (headings, notes, markers, the layout's own, <c>&lt;a name&gt;</c>)
/// for the anchor check, and reports an id an editor wrote in raw HTML that the page has twice.
/// One regular expression instead of a DOM: measured cheaper, and all anchor targets are attributes.
/// </summary>
public sealed partial class IndexPageIds : ParallelModule
{
    private readonly ResultCache<IReadOnlySet<string>> _cache = new();

    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var ids = _cache.GetOrCompute(input.Destination ?? input.Source ?? "", [input.Content], context, diagnostics => Index(input, diagnostics));
        yield return input.With(SiteKeys.Ids, ids);
    }

    private static IReadOnlySet<string> Index(Document input, DiagnosticBag diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var html = input.Content.ReadText();
        foreach (Match target in Target().Matches(html))
        {
            var id = WebUtility.HtmlDecode(target.Groups["value"].Value);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        var explicitIds = input.GetOrDefault(SiteKeys.Markdown)?.ExplicitIds ?? [];
        foreach (var repeated in explicitIds.GroupBy(e => e.Id).Where(g => counts.GetValueOrDefault(g.Key) > 1))
        {
            var at = repeated.Count() > 1 ? repeated.ElementAt(1) : repeated.First();
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicateId, at.Location,
                $"id '{at.Id}' is used more than once on this page, so links to it are ambiguous: rename one"));
        }

        // Links the layout itself makes within the page (notes, back-links, the table of contents).
        foreach (var fragment in SamePageLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["fragment"].Value)).Distinct())
        {
            if (!counts.ContainsKey(fragment))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingAnchor, SourceLocation.Of(input.Source ?? input.Destination ?? ""),
                    $"the page's layout links to '#{fragment}', which is not on the page"));
            }
        }
        return counts.Keys.ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?:\sid|<a\s[^>]*?\bname)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>""']+))", RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    [GeneratedRegex(@"\shref=""#(?<fragment>[^""]+)""")]
    private static partial Regex SamePageLink();
}
