using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Markdown.Headings;
using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>
/// Heading ids are GitHub's: github-slugger's 78 fixtures (GitHub's own anchors, Fixtures/github-slugger)
/// written as one page's headings, built by the real build, and read back from the page's HTML.
/// </summary>
public sealed class GitHubHeadingIdTests
{
    private sealed record Fixture(string Name, string Input, string? MarkdownOverwrite, string Expected);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static IReadOnlyList<Fixture> Fixtures() =>
        JsonSerializer.Deserialize<List<Fixture>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "github-slugger", "fixtures.json")), Json)!;

    /// <summary>The heading as Markdown that shows exactly <paramref name="text"/>: every ASCII punctuation character escaped.</summary>
    private static string Heading(string text)
    {
        var markdown = new StringBuilder("## ");
        foreach (var c in text)
            markdown.Append(char.IsAsciiLetterOrDigit(c) || c > 0x7F || c == ' ' ? "" : "\\").Append(c);
        return markdown.ToString();
    }

    /// <summary>Builds one page whose body is these headings and returns the ids of its headings, in order.</summary>
    private static List<string> BuildIds(IEnumerable<string> headings)
    {
        using var site = new TestSite();
        // Bytes, not Write(): Write's line-ending normalisation would split a heading at U+2028 and U+2029.
        site.WriteBytes("input/index.md", Encoding.UTF8.GetBytes("---\ntitle: Headings\n---\n\n" + string.Join("\n\n", headings) + "\n"));
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        var page = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        return page.QuerySelectorAll(".prose h2").Select(h => h.GetAttribute("id") ?? "").ToList();
    }

    [Fact]
    public void All_78_github_slugger_fixtures_get_GitHubs_id_through_the_real_build()
    {
        var fixtures = Fixtures();
        Assert.Equal(78, fixtures.Count);

        var ids = BuildIds(fixtures.Select(f => f.MarkdownOverwrite is { } overwrite ? "#" + overwrite : Heading(f.Input)));

        Assert.Equal(fixtures.Count, ids.Count);
        var wrong = fixtures.Zip(ids)
            .Where(pair => pair.First.Expected != pair.Second)
            .Select(pair => $"{pair.First.Name}: expected '{pair.First.Expected}', got '{pair.Second}'")
            .ToList();
        Assert.True(wrong.Count == 0, $"{fixtures.Count - wrong.Count}/{fixtures.Count} pass:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void The_slugger_alone_agrees_with_every_fixture()
    {
        var slugger = new GitHubSlugger();
        Assert.All(Fixtures(), f => Assert.Equal(f.Expected, slugger.Unique(f.Input)));
    }

    [Fact]
    public void Marks_astral_characters_and_dotted_capital_I_are_kept_and_an_empty_heading_takes_no_id()
    {
        var ids = BuildIds([
            "## हिन्दी भाषा",
            "## 😄 Emoji 𝐀𝐁 and 𐐆",
            "## İstanbul",
            "## 🎉",
            "## Section",
            "## Section",
            "## ---",
        ]);

        Assert.Equal(["हिन्दी-भाषा", "-emoji-𝐀𝐁-and-𐐮", "i\u0307stanbul", "", "section", "section-1", "---"], ids);
    }

    [Fact]
    public void A_heading_with_an_empty_id_has_no_id_attribute_and_no_self_link()
    {
        using var site = new TestSite();
        site.Write("input/index.md", "---\ntitle: Headings\n---\n\n## 🎉\n\n## 🎉\n");
        Assert.Equal(0, site.Build().ExitCode);
        var headings = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll(".prose h2");

        Assert.False(headings[0].HasAttribute("id"));
        Assert.Null(headings[0].QuerySelector("a.heading-link"));
        Assert.Equal("-1", headings[1].Id); // GitHub's id for the second: the empty slug, repeated
    }

    [Fact]
    public void A_heading_never_takes_an_id_the_layout_or_the_notes_use_it_is_suffixed_as_GitHub_suffixes_a_repeat()
    {
        using var site = new TestSite();
        site.Write("input/index.md", "---\ntitle: Headings\n---\n\n## Main\n\nA claim.[^a]\n\n## Note 1\n\n## Main\n\n[to the heading](#main-1), [to the note](#note-1).\n\n[^a]: The aside.\n");
        var run = site.Build();
        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
        var page = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));

        Assert.Equal(["main-1", "note-1-1", "main-2"], page.QuerySelectorAll(".prose h2").Select(h => h.Id));
        Assert.Single(page.QuerySelectorAll("[id='main']"));
        Assert.Equal("MAIN", page.GetElementById("main")!.TagName);
        Assert.Single(page.QuerySelectorAll("[id='note-1']"));
        Assert.NotEqual("H2", page.GetElementById("note-1")!.TagName);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void The_id_is_made_from_the_text_the_heading_shows_and_setext_headings_get_one_too()
    {
        var ids = BuildIds([
            "## *Bold* `code()` &amp; [a link](https://example.com) <span>in HTML</span> ![an image](https://example.com/i.png)",
            "Setext heading\n--------------",
        ]);

        Assert.Equal(["bold-code--a-link-in-html-", "setext-heading"], ids);
    }
}
