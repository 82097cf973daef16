using Briefing.Markdown.Citations;
using Briefing.Markdown.Gfm;
using Briefing.Markdown.Headings;
using Briefing.Markdown.Tables;
using Markdig;

namespace Briefing.Markdown;

/// <summary>
/// The one Markdown dialect of the site: GitHub's (GFM), plus citations. Built once; Markdig pipelines are thread-safe.
/// Only the extensions GFM has: pipe tables, strikethrough, task lists, autolinks, footnotes and alerts.
/// Markdig's others (abbreviations, custom containers, definition lists, sub- and superscript, mark,
/// inserted, figures, footers, grid tables, list extras) would render what GitHub shows as text.
/// No generic attributes: "{...}" is text on GitHub, and Markdig would swallow "${HOME}" as an attribute.
/// </summary>
public static class MarkdownPipelines
{
    public static readonly MarkdownPipeline Site = new MarkdownPipelineBuilder()
        .UseGitHubHeadingIds()
        .UseAlertBlocks()
        .UseGfmStrikethrough()
        .UseGfmFootnotes()
        .UsePipeTables()
        .UseScrollingTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseSourceCitations()
        .UsePreciseSourceLocation()
        .Build();
}
