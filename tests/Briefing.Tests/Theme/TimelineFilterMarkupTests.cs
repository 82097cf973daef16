using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>
/// The timeline's filter: a choice per company of companies.yml (and the whole market when it has events)
/// and per kind of event the timeline holds, hidden until the script shows it; every event says its
/// company and kind in the attributes the filter reads.
/// </summary>
public sealed class TimelineFilterMarkupTests
{
    [Fact]
    public void The_filter_offers_one_option_per_company_and_per_kind_and_is_hidden_without_script()
    {
        static string Event(string? company, string kind, string title) =>
            $"- date: 2026\n{(company is null ? "" : $"  company: {company}\n")}  kind: {kind}\n  title: {title}\n  text: Something happened.\n  sources: [alpha]\n";
        using var site = BriefingFixture.CreateWithThreeCompanies()
            .Write("input/data/matrix.yml", "dimensions: []\n")
            .Write("input/data/events.yml", string.Concat(
                Event("meta", "model", "A model"),
                Event("amazon", "cloud", "A cloud"),
                Event(null, "market", "A market move"),
                Event("meta", "model", "Another model")))
            .Write("input/timeline.md", "---\ntitle: Timeline\nlayout: timeline\n---\nThe years.\n");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var page = new HtmlParser().ParseDocument(site.ReadOutput("timeline/index.html"));
        var filter = page.QuerySelector(".timeline-filter[data-filter-for='events-list']");
        Assert.NotNull(filter);
        Assert.True(filter!.HasAttribute("hidden"));
        Assert.NotNull(page.GetElementById("events-list"));

        var companies = filter.QuerySelectorAll("select[data-filter='company'] option");
        Assert.Equal(["", "meta", "amazon", "contoso", "market"], companies.Select(o => o.GetAttribute("value")));
        Assert.Equal(["All", "Meta", "Amazon", "Contoso", "Whole market"], companies.Select(o => o.TextContent.Trim()));
        var kinds = filter.QuerySelectorAll("select[data-filter='kind'] option").Select(o => o.GetAttribute("value"));
        Assert.Equal(["", "model", "cloud", "market"], kinds);

        // Each select has its label, and the count is announced in a live region.
        foreach (var select in filter.QuerySelectorAll("select"))
            Assert.NotNull(filter.QuerySelector($"label[for='{select.Id}']"));
        Assert.Equal("polite", filter.QuerySelector(".filter-status")!.GetAttribute("aria-live"));

        var events = page.QuerySelectorAll("#events-list > li");
        Assert.Equal(
            [("meta", "model"), ("amazon", "cloud"), ("market", "market"), ("meta", "model")],
            events.Select(e => (e.GetAttribute("data-company"), e.GetAttribute("data-kind"))));
    }
}
