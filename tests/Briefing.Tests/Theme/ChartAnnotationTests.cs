using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>
/// Events with an <c>annotation</c> are numbered marks on the capex chart, keyed under it with their
/// citation and told to screen readers in the chart's description; one in a year the chart does not
/// draw is a warning at the annotation.
/// </summary>
public sealed class ChartAnnotationTests
{
    // The fixture's capex figures are for 2025 (meta) and 2026 (amazon).
    private const string Events = """
        - date: 2024-05
          company: meta
          kind: market
          title: Too early
          text: Before any figure.
          annotation: Not drawn
          sources: [alpha]
        - date: 2025-03
          company: meta
          kind: market
          title: Meta shares fall
          text: Shares fell.
          annotation: Shares down 5%
          sources: [alpha]
        - date: 2026
          company: amazon
          kind: market
          title: Amazon shares rise
          text: Shares rose.
          annotation: Shares up 7%
          sources: [gamma]
        - date: 2026-02
          kind: cloud
          title: No annotation
          text: Nothing to mark.
          sources: [beta]
        """;

    private static TestSite Site(string events) => BriefingFixture.Create()
        .Write("input/data/events.yml", events)
        .Write("input/timeline.md", "---\ntitle: Timeline\nlayout: timeline\n---\nThe years [@alpha; @beta; @gamma].\n")
        .Write("input/sources.md", "---\ntitle: Sources\nlayout: sources\n---\nThe articles.\n");

    [Fact]
    public void Annotated_events_are_numbered_marks_with_a_cited_key_and_a_description()
    {
        using var site = Site(Events);
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var page = new HtmlParser().ParseDocument(site.ReadOutput("timeline/index.html"));
        var marks = page.QuerySelectorAll("svg.chart g.annotation-mark");
        Assert.Equal(["1", "2"], marks.Select(m => m.QuerySelector("text")!.TextContent));
        Assert.All(marks, m => Assert.NotNull(m.QuerySelector("circle")));
        // The 2025 mark stands in the 2025 group, left of the 2026 one.
        var x = marks.Select(m => double.Parse(m.QuerySelector("circle")!.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(x[0] < x[1], $"marks at {string.Join(", ", x)}");

        var key = page.QuerySelectorAll(".chart-figure ol.chart-annotations > li");
        Assert.Equal(["1", "2"], key.Select(li => li.GetAttribute("value")));
        Assert.Contains("Meta, March 2025:", key[0].TextContent);
        Assert.Contains("Shares down 5%", key[0].TextContent);
        Assert.Contains("Amazon, 2026:", key[1].TextContent);
        Assert.Contains("Shares up 7%", key[1].TextContent);
        // Each key cites its event's source: the marker's note is that source's.
        foreach (var (li, source) in key.Zip(["alpha", "gamma"]))
        {
            var marker = li.QuerySelector("sup.note-ref a[role=doc-noteref]");
            Assert.NotNull(marker);
            var note = page.GetElementById(marker!.GetAttribute("href")!.TrimStart('#'));
            Assert.Equal($"/sources/#source-{source}", note!.QuerySelector("a.source-link")!.GetAttribute("href"));
        }

        var description = page.QuerySelector("svg.chart desc")!.TextContent;
        Assert.Contains("1, Meta March 2025: Shares down 5%", description);
        Assert.Contains("2, Amazon 2026: Shares up 7%", description);
        Assert.DoesNotContain("Not drawn", description);
        Assert.DoesNotContain("Not drawn", page.QuerySelector(".chart-figure")!.TextContent);
        // The key's source is named in the line under the chart too.
        Assert.Contains("Gamma notes", page.QuerySelector(".chart-source")!.TextContent);
    }

    [Fact]
    public void An_annotation_in_a_year_the_chart_does_not_draw_is_a_warning_at_the_annotation()
    {
        using var site = Site(Events);
        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        var warning = run.Single("BRF207");
        Assert.True(warning.IsWarning);
        Assert.Equal(("input/data/events.yml", 6, 15), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains("'Too early'", warning.Message);
        Assert.Contains("2025, 2026", warning.Message);
        Assert.Equal(1, site.Build(strict: true).ExitCode);
    }

    [Fact]
    public void Without_annotations_the_chart_has_no_marks_and_no_key()
    {
        using var site = Site("- date: 2026\n  company: amazon\n  kind: market\n  title: Plain\n  text: Nothing marked.\n  sources: [gamma]\n");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var page = new HtmlParser().ParseDocument(site.ReadOutput("timeline/index.html"));
        Assert.Empty(page.QuerySelectorAll("svg.chart .annotation-mark"));
        Assert.Null(page.QuerySelector(".chart-annotations"));
        Assert.DoesNotContain("Numbered marks", page.QuerySelector("svg.chart desc")!.TextContent);
    }

    [Fact]
    public void An_empty_annotation_is_an_error_at_its_value()
    {
        using var site = Site("- date: 2026\n  company: amazon\n  kind: market\n  title: Plain\n  text: Nothing marked.\n  annotation: \"\"\n  sources: [gamma]\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorDiagnostics);
        Assert.Equal(("BRF205", "input/data/events.yml", 6, 15), (error.Code, error.Location.File, error.Location.Line, error.Location.Column));
    }
}
