using Briefing.Markdown.Headings;
using Markdig;

namespace Briefing.Markdown;

/// <summary>
/// The one Markdown dialect of the site: GitHub's, plus citations. Built once; Markdig pipelines are thread-safe.
/// No generic attributes: "{...}" is text on GitHub, and Markdig would swallow "${HOME}" as an attribute.
/// </summary>
public static class MarkdownPipelines
{
    public static readonly MarkdownPipeline Site = new MarkdownPipelineBuilder()
        .UseAbbreviations()
        .UseGitHubHeadingIds()
        .UseAlertBlocks()
        .UseCustomContainers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .UseSourceCitations()
        .UsePreciseSourceLocation()
        .Build();
}
