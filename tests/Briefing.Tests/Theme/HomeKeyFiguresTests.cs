using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>
/// The front page's key figures: one card per company of companies.yml, in its order, whatever their
/// number, each with its capex figures by year, every figure with a note to its own source, a dispute
/// mark where disagreements.yml registers one, and the stock moves the events annotate.
/// </summary>
public sealed class HomeKeyFiguresTests
{
    private static TestSite Site() => BriefingFixture.CreateWithThreeCompanies()
        .Write("input/data/matrix.yml", """
            dimensions:
              - id: models
                name: Models
                meta: { text: "Open weights", sources: [alpha] }
                amazon: { text: "Managed marketplace", sources: [beta, gamma] }
                contoso: { no_entry: true }
            """)
        .Write("input/data/disagreements.yml", """
            - id: meta-2025
              topic: Meta's 2025 spending
              sides:
                - claim: "$60–65B."
                  sources: [alpha]
                - claim: "About $60B."
                  sources: [beta]
            """)
        .Write("input/data/capex.yml", """
            - company: meta
              year: 2025
              low: 60
              high: 65
              status: estimate
              label: "$60–65B"
              disputed: meta-2025
              sources: [alpha]
            - company: meta
              year: 2024
              low: 37
              high: 37
              status: reported
              label: "~$37B"
              sources: [beta]
            - company: amazon
              year: 2026
              low: 125
              high: 125
              status: projection
              label: "$125B"
              sources: [gamma]
            """)
        .Write("input/data/events.yml", """
            - date: 2026
              company: amazon
              kind: market
              title: Amazon shares rise
              text: Shares rose.
              annotation: Shares up 7%
              sources: [beta]
            - date: 2026
              company: meta
              kind: market
              title: Not annotated
              text: Nothing to show on a card.
              sources: [alpha]
            """)
        .Write("input/index.md", "---\ntitle: Home\nlayout: home\norder: 1\n---\nThe thesis [@alpha; @beta; @gamma].\n")
        .Write("input/sources.md", "---\ntitle: Sources\nlayout: sources\norder: 2\n---\nThe articles.\n")
        .Write("input/disagreements.md", "---\ntitle: Disagreements\nlayout: disagreements\n---\nThe register.\n");

    [Fact]
    public void The_home_page_has_a_card_per_company_with_each_capex_figure_and_its_source()
    {
        using var site = Site();
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        var page = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));

        var cards = page.QuerySelectorAll(".key-figures .figure-card");
        Assert.Equal(["Meta", "Amazon", "Contoso"], cards.Select(c => c.QuerySelector("h3")!.FirstChild!.TextContent.Trim()));
        Assert.Equal(["series-1", "series-2", "series-3"], cards.Select(c => c.ClassList.First(n => n.StartsWith("series-", StringComparison.Ordinal))));

        // Meta: years in order, whatever the file's order; each figure cites its own source.
        Assert.Equal(["Capex 2024", "Capex 2025"], cards[0].QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal([("~$37B", "beta"), ("$60–65B", "alpha")], Figures(page, cards[0]));
        Assert.Equal([("$125B", "gamma")], Figures(page, cards[1]));

        // The disputed figure, and only it, links to its entry in the register.
        var marks = cards[0].QuerySelectorAll("a.dispute-mark");
        Assert.Equal("/disagreements/#meta-2025", Assert.Single(marks).GetAttribute("href"));
        Assert.Contains("$60–65B", marks[0].Closest("dd")!.TextContent);
        Assert.Empty(cards[1].QuerySelectorAll("a.dispute-mark"));
        Assert.Contains("projection", cards[1].QuerySelector("dd .figure-status")!.TextContent);

        // Stock moves are the annotated events of the company.
        var move = Assert.Single(cards[1].QuerySelectorAll(".figure-moves li"));
        Assert.Contains("Shares up 7%", move.TextContent);
        Assert.Equal("beta", SourceOf(page, move));
        Assert.Null(cards[0].QuerySelector(".figure-moves"));

        Assert.Empty(cards[2].QuerySelectorAll("dd"));
        Assert.Contains("no capex figure", cards[2].TextContent);

        // The key figures come after the page's own text and before the way into the pages.
        Assert.Equal(["prose", "key-figures", "page-index"], page.QuerySelectorAll(".home .prose, .home .key-figures, .home .page-index").Select(e => e.ClassName));
    }

    /// <summary>Each figure of a card with the source id its note marker leads to.</summary>
    private static List<(string, string)> Figures(IDocument page, IElement card) =>
        card.QuerySelectorAll("dd").Select(dd => (dd.QuerySelector(".figure-label")!.TextContent.Trim(), SourceOf(page, dd))).ToList();

    private static string SourceOf(IDocument page, IElement item)
    {
        var marker = item.QuerySelector("sup.note-ref a[role=doc-noteref]");
        Assert.NotNull(marker);
        var note = page.GetElementById(marker!.GetAttribute("href")!.TrimStart('#'));
        return note!.QuerySelector("a.source-link")!.GetAttribute("href")!.Replace("/sources/#source-", "", StringComparison.Ordinal);
    }
}
