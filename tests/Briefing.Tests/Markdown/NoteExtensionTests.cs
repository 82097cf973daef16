using AngleSharp.Html.Parser;
using Briefing.Markdown.Citations;
using Markdig;

namespace Briefing.Tests.Markdown;

/// <summary>
/// The citation extension is whole on its own, as Markdig's footnotes are: one Use…() call, and a plain
/// Markdown.ToHtml numbers citations and footnotes in one reading-order sequence and lists the notes.
/// </summary>
public sealed class NoteExtensionTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().UseSourceCitations().Build();

    [Fact]
    public void Plain_ToHtml_numbers_citations_and_footnotes_together_and_lists_the_notes_with_back_links()
    {
        var html = Markdig.Markdown.ToHtml(
            "Frogs croak [@doe99, p. 33] and sing.[^a] As @smith04 [chap. 1] says, again [see @doe99, pp. 40-41].\n\n[^a]: A footnote with *emphasis*.\n",
            Pipeline);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(["1", "2", "3", "1"], document.QuerySelectorAll("sup.note-ref a").Select(a => a.TextContent));
        Assert.Equal(["#note-1", "#note-2", "#note-3", "#note-1"], document.QuerySelectorAll("sup.note-ref a").Select(a => a.GetAttribute("href")));
        Assert.Contains("croak<sup", html); // the marker takes the space before it
        Assert.Contains("As smith04<sup", html); // in-text: the key's name, then the marker

        var notes = document.QuerySelectorAll("section.notes li");
        Assert.Equal(["note-1", "note-2", "note-3"], notes.Select(li => li.Id));
        Assert.StartsWith("doe99, p. 33; pp. 40-41.", notes[0].TextContent.Trim());
        Assert.Equal(2, notes[0].QuerySelectorAll("a[role=doc-backlink]").Length);
        Assert.Equal("emphasis", notes[1].QuerySelector("em")?.TextContent);
        Assert.StartsWith("smith04, chap. 1.", notes[2].TextContent.Trim());
        Assert.All(document.QuerySelectorAll("a[role=doc-backlink]"), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Null(document.QuerySelector(".footnotes")); // Markdig's own footnote list is replaced, not added to
    }

    [Fact]
    public void Text_without_citations_or_footnotes_gets_no_notes_list()
    {
        var html = Markdig.Markdown.ToHtml("Write to me@example.org or see `@code`.\n", Pipeline);

        Assert.DoesNotContain("<section", html);
        Assert.Contains("me@example.org", html);
    }

    [Fact]
    public void A_second_registration_adds_no_second_numbering()
    {
        var twice = new MarkdownPipelineBuilder().UseFootnotes().UseSourceCitations().UseSourceCitations().Build();

        Assert.Equal(Markdig.Markdown.ToHtml("A [@x] and [@y].\n", Pipeline), Markdig.Markdown.ToHtml("A [@x] and [@y].\n", twice));
    }
}
