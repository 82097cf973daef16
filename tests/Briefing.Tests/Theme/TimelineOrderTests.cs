using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>
/// The timeline reads in time order: an event the sources date only by its year (or month) comes after
/// the events dated within that year (or month), not before them, and equal dates keep the file's order.
/// </summary>
public sealed class TimelineOrderTests
{
    [Fact]
    public void Events_dated_only_by_year_or_month_come_after_the_dated_events_of_their_period()
    {
        static string Event(string date, string title) =>
            $"- date: {date}\n  kind: market\n  title: {title}\n  text: Something happened.\n  sources: [alpha]\n";
        using var site = BriefingFixture.Create()
            .Write("input/data/events.yml", string.Concat(
                Event("2026", "Sometime in 2026"),
                Event("2026-03", "Sometime in March"),
                Event("2025-12-31", "Last day of 2025"),
                Event("2026", "Also in 2026"),
                Event("2026-03-04", "4 March"),
                Event("2026-01", "January"),
                Event("2027-01-01", "New year 2027"),
                Event("2026-03-01", "1 March")))
            .Write("input/timeline.md", "---\ntitle: Timeline\nlayout: timeline\n---\nThe years.\n");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var titles = new HtmlParser().ParseDocument(site.ReadOutput("timeline/index.html"))
            .QuerySelectorAll(".events .event h3").Select(h => h.TextContent.Trim());

        Assert.Equal(
            ["Last day of 2025", "January", "1 March", "4 March", "Sometime in March", "Sometime in 2026", "Also in 2026", "New year 2027"],
            titles);
    }
}
