using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;

namespace Briefing.Modules;

/// <summary>
/// Notes the links in each page's rendered Markdown before the layout wraps it, so that
/// <see cref="ValidateLinks"/> can tell the links a layout wrote (the finished page's, less these) from
/// those written in Markdown, which it checks where they were written.
/// </summary>
public sealed class ListContentLinks : ParallelModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        yield return input.With(SiteKeys.ContentLinks, HtmlLinks.In(input.Content));
    }
}
