using Briefing.Anchors;
using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>
/// A link's #fragment is resolved as a browser resolves it: percent-decoded and Unicode-normalised
/// before it is matched, "#" and "#top" are the top of the page, and a missing anchor is one
/// diagnostic where the link was written. Ids inside HTML comments are not targets.
/// </summary>
public sealed class FragmentTests
{
    private static BuildRun Build(params (string Path, string Text)[] pages)
    {
        using var site = new TestSite();
        foreach (var (path, text) in pages)
            site.Write("input/" + path, text);
        return site.Build();
    }

    [Fact]
    public void A_fragment_with_non_ASCII_letters_lands_written_plain_or_percent_encoded_on_this_page_or_another()
    {
        var run = Build(
            ("index.md", "# Home\n\n## Über uns\n\nSee [us](#über-uns), [us again](#%C3%BCber-uns), [there](other.md#größe) and [there again](other.md#gr%C3%B6%C3%9Fe).\n"),
            ("other.md", "# Other\n\n## Größe\n\nText.\n"));

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
    }

    [Fact]
    public void A_fragment_matches_a_heading_whatever_the_Unicode_normalisation_of_either()
    {
        // The heading is written decomposed (U + combining diaeresis), the links composed, and the other way round.
        var run = Build(
            ("index.md", "# Home\n\n## U\u0308ber uns\n\n## Caf\u00e9\n\nSee [us](#\u00fcber-uns) and [the café](#cafe\u0301).\n"));

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
    }

    [Fact]
    public void Top_and_an_empty_fragment_are_the_top_of_the_page()
    {
        var run = Build(
            ("index.md", "# Home\n\n[Back to top](#top), [also](#TOP), [here](#) and [the other page's top](other.md#top).\n"),
            ("other.md", "# Other\n\nText.\n"));

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
    }

    [Fact]
    public void A_fragment_that_differs_from_a_heading_only_in_case_lands_as_on_GitHub()
    {
        // GitHub scrolls to "## Reporting a Vulnerability" from #Reporting-a-Vulnerability (a real SECURITY.md does this).
        var run = Build(
            ("index.md", "# Home\n\n* [Reporting](#Reporting-a-Vulnerability)\n* [There](other.md#Größe-Und-Form)\n\n## Reporting a Vulnerability\n"),
            ("other.md", "# Other\n\n## Größe und Form\n"));

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
    }

    [Fact]
    public void A_missing_anchor_on_the_same_page_is_reported_once_where_it_was_written()
    {
        var run = Build(("index.md", "# Home\n\n## Present\n\nA [link](#absent) and\nan [encoded one](#%C3%BCber).\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Diagnostics.Count);
        Assert.All(run.Diagnostics, d => Assert.Equal("BRF402", d.Code));
        Assert.Equal([("input/index.md", 5, 3), ("input/index.md", 6, 4)], run.Diagnostics.Select(d => (d.Location.File, d.Location.Line, d.Location.Column)).Order());
        Assert.Contains("'absent'", run.Diagnostics.Select(d => d.Message).Order().First());
    }

    [Fact]
    public void An_id_inside_an_HTML_comment_is_not_a_target()
    {
        var run = Build(("index.md",
            "# Home\n\n<!-- <a id=\"hidden-inline\"></a> -->\n\n<!--\nA comment over lines:\n<div id=\"hidden-block\"></div>\n-->\n\n<a id=\"shown\"></a>\n\n" +
            "[one](#hidden-inline), [two](#hidden-block), [three](#shown).\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["hidden-block", "hidden-inline"], run.Diagnostics.Select(d => Assert.Single(d.Message.Split('\'').Skip(3).Take(1))).Order());
        Assert.All(run.Diagnostics, d => Assert.Equal(("BRF402", 12), (d.Code, d.Location.Line)));
    }

    [Fact]
    public void A_root_relative_link_to_a_Markdown_file_goes_to_its_page_as_on_GitHub_and_its_fragment_is_checked()
    {
        using var site = new TestSite();
        site.Write("input/guide/b.md", "# B\n\n## Sec\n\nText.\n")
            .Write("input/index.md", "# Home\n\nSee [the section](/guide/b.md#sec) and [the page](/guide/b.md).\n");
        var run = site.Build();

        Assert.True(run.ExitCode == 0 && run.Diagnostics.Count == 0, run.ToString());
        Assert.Contains("href=\"/guide/b/#sec\"", site.ReadOutput("index.html"));
        Assert.Contains("href=\"/guide/b/\"", site.ReadOutput("index.html"));

        site.Write("input/index.md", "# Home\n\nSee [the section](/guide/b.md#sec) and [a gap](/guide/b.md#nowhere).\n");
        var broken = site.Build().Single("BRF402");
        Assert.Equal(("input/index.md", 3, 40), (broken.Location.File, broken.Location.Line, broken.Location.Column));
    }

    [Fact]
    public void A_root_relative_link_to_a_Markdown_file_that_is_not_there_is_reported_where_written()
    {
        var run = Build(("index.md", "# Home\n\nSee [gone](/gone.md).\n"));

        var broken = run.Single("BRF401");
        Assert.Equal(("input/index.md", 3, 5), (broken.Location.File, broken.Location.Line, broken.Location.Column));
    }

    [Fact]
    public void A_fragment_into_an_HTML_file_copied_as_it_is_must_name_one_of_its_ids()
    {
        using var site = new TestSite();
        site.Write("input/index.md", "# Home\n\n[Here](demo/page.html#there), [top](demo/page.html#top) and [gone](demo/page.html#gone).\n")
            .Write("input/demo/page.html", "<!doctype html><title>Demo</title>\n<h2 id=\"there\">There</h2><!-- <a id=\"gone\"></a> -->\n<p>Über <a href=\"#there\">up</a> <a href=\"#absent\">x</a></p>\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var intoTheFile = Assert.Single(run.Diagnostics, d => d.Location.File == "input/index.md");
        Assert.Equal(("BRF402", 3, 61), (intoTheFile.Code, intoTheFile.Location.Line, intoTheFile.Location.Column));
        Assert.Contains("'gone'", intoTheFile.Message);
        var insideTheFile = Assert.Single(run.Diagnostics, d => d.Location.File == "input/demo/page.html");
        Assert.Equal("BRF402", insideTheFile.Code);
        Assert.StartsWith("this page links to '#absent'", insideTheFile.Message);
        Assert.Equal((3, 43), (insideTheFile.Location.Line, insideTheFile.Location.Column)); // the fragment, counted in characters ("Ü" is two bytes)
    }

    [Theory]
    [InlineData("\u00e9t\u00e9", "e\u0301te\u0301")] // composed and decomposed Latin
    [InlineData("\ud55c\uad6d", "\u1112\u1161\u11ab\u1100\u116e\u11a8")] // Hangul syllables and their jamo
    [InlineData("a\u0301\u0316", "a\u0316\u0301")] // marks put in canonical order (below before above)
    [InlineData("\u1e69", "s\u0323\u0307")] // a decomposition taken in full
    [InlineData("\u212b", "A\u030a")] // a singleton (the Angstrom sign) decomposes too
    public void Canonically_equivalent_texts_decompose_alike(string one, string other)
    {
        Assert.Equal(Briefing.Anchors.CanonicalForm.Decomposed(other), Briefing.Anchors.CanonicalForm.Decomposed(one));
        Assert.Equal(other.Length, Briefing.Anchors.CanonicalForm.Decomposed(one).Length);
    }
}
