using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>
/// A link a layout writes is checked like one written in Markdown, and a broken one is reported once,
/// at the template attribute that wrote it, however many pages show it.
/// </summary>
public sealed class LayoutLinkTests
{
    [Fact]
    public void A_broken_link_planted_in_a_layout_is_reported_once_at_the_template()
    {
        using var site = new TestSite();
        site.Write("input/index.md", "# Home\n\nSee [the other page](other.md).\n")
            .Write("input/other.md", "# Other\n\nText.\n")
            .Write("input/more.md", "# More\n\nText.\n");
        var partial = Path.Combine(site.Root, "theme", "partials", "end.sbn");
        var lines = File.ReadAllLines(partial).ToList();
        const string planted = "<p><a href=\"/nowhere/\">Planted</a> <a href=\"/other/#nope-{{ 1 + 1 }}\">Anchor</a> <img src=\"/img/{{ page.url == \"/\" }}.png\" alt=\"\"></p>";
        lines.Insert(1, planted);
        File.WriteAllLines(partial, lines);

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var link = Assert.Single(run.Diagnostics, d => d.Code == "BRF401" && d.Message.Contains("/nowhere/", StringComparison.Ordinal));
        Assert.Equal(("theme/partials/end.sbn", 2, planted.IndexOf("/nowhere/", StringComparison.Ordinal) + 1), (link.Location.File, link.Location.Line, link.Location.Column));
        var anchor = run.Single("BRF402");
        Assert.Contains("/other/#nope-2", anchor.Message, StringComparison.Ordinal);
        Assert.Equal(("theme/partials/end.sbn", 2, planted.IndexOf("/other/", StringComparison.Ordinal) + 1), (anchor.Location.File, anchor.Location.Line, anchor.Location.Column));
        // One broken image on the home page, another on every other page: two breaks, each reported once, both at the template.
        var images = run.Diagnostics.Where(d => d.Code == "BRF401" && d.Message.Contains("/img/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, d => Assert.Equal(("theme/partials/end.sbn", 2), (d.Location.File, d.Location.Line)));
        Assert.Equal(4, run.ErrorDiagnostics.Count);
    }
}
