using Markdig;

namespace Briefing.Markdown.Headings;

public static class GitHubHeadingIdBuilder
{
    /// <summary>Heading ids exactly as GitHub gives them (see <see cref="GitHubHeadingIdExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseGitHubHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<GitHubHeadingIdExtension>();
        return pipeline;
    }
}
