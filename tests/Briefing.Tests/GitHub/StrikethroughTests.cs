using Briefing.Markdown;
using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>Tildes and "![^" read as GitHub reads them, compared with cmark-gfm's own output.</summary>
public sealed class StrikethroughTests
{
    [Theory]
    [InlineData("~one~")]
    [InlineData("~~two~~")]
    [InlineData("a~b~c and H~2~O")]
    [InlineData("~ spaced ~")]
    [InlineData("*~em~*")]
    [InlineData("\\~escaped~")]
    [InlineData("`~code~`")]
    [InlineData("![^a](x.png)")]
    [InlineData("![alt](x.png)")]
    public void Renders_as_cmark_gfm(string markdown)
    {
        var ours = FirstParagraph(Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.Site));
        var github = FirstParagraph(CmarkGfm.ToHtml(markdown));
        Assert.Equal(Comparable(github), Comparable(ours));
    }

    /// <summary>The paragraph's HTML; a footnote marker becomes "[note]", since the two write notes differently.</summary>
    private static string FirstParagraph(string html)
    {
        var paragraph = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("p");
        Assert.NotNull(paragraph);
        foreach (var marker in paragraph.QuerySelectorAll("sup").ToList())
            marker.OuterHtml = "[note]";
        return paragraph.InnerHtml;
    }

    [Fact]
    public void A_bang_before_a_footnote_marker_stays_text()
    {
        using var site = new TestSite().Write("input/index.md", "# T\n\nWow![^1]\n\n[^1]: A note.\n");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        var paragraph = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelector("main .prose p")!;
        Assert.Equal("Wow!1", paragraph.TextContent.Trim());
        Assert.NotNull(paragraph.QuerySelector("sup.note-ref a[href='#note-1']"));
    }

    private static string Comparable(string html) => html.Trim();
}
