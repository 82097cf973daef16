using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.ContentModel;

/// <summary>
/// The content model is the genre's: a company, a table, a data file and a page type are added with
/// YAML, Markdown and a layout only, and every view follows.
/// </summary>
public sealed class ContentModelTests
{
    private static readonly HtmlParser Parser = new();

    private static TestSite ThreeCompanies() => BriefingFixture.CreateWithThreeCompanies()
        .Write("input/data/matrix.yml", """
            dimensions:
              - id: models
                name: Models
                meta: { text: "Open weights", sources: [alpha] }
                amazon: { text: "Managed marketplace", sources: [beta] }
                contoso: { text: "Licensed from partners", sources: [gamma] }
              - id: chips
                name: Chips
                meta: { text: "Own accelerators", sources: [alpha] }
                amazon: { text: "Own training chips", sources: [beta] }
                contoso: { no_entry: true }
            best_for:
              - use_case: Office work
                winner: contoso
                why: Spreadsheets.
                sources: [gamma]
            """)
        .Write("input/data/capex.yml", """
            - { company: meta, year: 2025, low: 60, high: 65, status: estimate, label: "$60–65B", sources: [alpha] }
            - { company: amazon, year: 2025, low: 100, high: 100, status: reported, label: "$100B", sources: [beta] }
            - { company: contoso, year: 2025, low: 42, high: 42, status: projection, label: "$42B", sources: [gamma] }
            """)
        .Write("input/data/events.yml", """
            - { date: 2026-03, company: contoso, kind: product, title: Contoso ships agents, text: Agents in every cell., sources: [gamma] }
            - { date: 2026-04, kind: market, title: The market moves, text: Everyone reacts., sources: [beta] }
            """)
        .Write("input/index.md", "---\ntitle: Home\nlayout: home\n---\nThe thesis [@alpha].\n")
        .Write("input/matrix.md", "---\ntitle: Matrix\nlayout: matrix\n---\nIntro.\n")
        .Write("input/timeline.md", "---\ntitle: Timeline\nlayout: timeline\n---\nThe years.\n")
        .Write("input/companies/contoso.md", "---\ntitle: Contoso\nlayout: company\ncompany: contoso\n---\n## Strategy\n\nAgents everywhere [@gamma].\n");

    [Fact]
    public void A_third_company_added_with_data_and_Markdown_only_appears_in_every_view()
    {
        using var site = ThreeCompanies();
        var run = site.Build(strict: true);
        Assert.True(run.ExitCode == 0, run.ToString());

        var matrix = Parser.ParseDocument(site.ReadOutput("matrix/index.html"));
        var headers = matrix.QuerySelectorAll("#comparison-table thead th").Select(th => th.TextContent).ToList();
        Assert.Equal(["Dimension", "Meta", "Amazon", "Contoso"], headers);
        var models = matrix.QuerySelector("#dimension-models")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.StartsWith("Licensed from partners", models[2]);
        var chipsGap = matrix.QuerySelector("#dimension-chips td.no-entry")!;
        Assert.Equal("Contoso", chipsGap.GetAttribute("data-label"));
        Assert.Contains("Winner: Contoso", matrix.QuerySelector(".verdict")!.TextContent);

        var timeline = Parser.ParseDocument(site.ReadOutput("timeline/index.html"));
        var chart = timeline.QuerySelector("svg.chart")!;
        Assert.Contains(chart.QuerySelectorAll("text.legend"), t => t.TextContent == "Contoso");
        Assert.Single(chart.QuerySelectorAll("rect.bar.series-3.projection"));
        var capexRows = timeline.QuerySelectorAll("#capex-table tbody th").Select(th => th.TextContent).ToList();
        Assert.Contains("Contoso", capexRows);
        var contosoEvent = timeline.QuerySelector(".event[data-company=contoso]")!;
        Assert.Contains("Contoso ships agents", contosoEvent.TextContent);
        Assert.Contains("series-3", contosoEvent.ClassList);
        Assert.NotNull(timeline.QuerySelector(".event[data-company=market]"));

        var page = Parser.ParseDocument(site.ReadOutput("companies/contoso/index.html"));
        Assert.Contains("Sells spreadsheets with agents in them.", page.QuerySelector(".company-summary")!.TextContent);
        Assert.Contains("series-3", page.QuerySelector("article.company")!.ClassList);
    }

    [Fact]
    public void A_table_dataset_shows_on_any_page_that_names_it()
    {
        using var site = BriefingFixture.Create()
            .Write("input/data/tables/launches.yml", """
                caption: Launches by date
                columns:
                  - { id: product, name: Product }
                  - { id: launched, name: Launched, type: date }
                rows:
                  - { product: Widget, launched: 2024-05, sources: [alpha] }
                  - { product: Gadget, launched: 2026, sources: [beta] }
                """)
            .Write("input/index.md", "---\ntitle: Home\ntables: [launches]\n---\nSee the table [@gamma].\n");
        var run = site.Build(strict: true);
        Assert.True(run.ExitCode == 0, run.ToString());

        var page = Parser.ParseDocument(site.ReadOutput("index.html"));
        var table = page.QuerySelector("table#table-launches")!;
        Assert.Equal("Launches by date", page.GetElementById("table-launches-title")!.TextContent);
        var first = table.QuerySelectorAll("tbody tr")[0];
        Assert.Equal("Widget", first.QuerySelector("th")!.TextContent);
        Assert.Equal("2024-05", first.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("May 2024", first.QuerySelector("time")!.TextContent);
        Assert.NotNull(first.QuerySelector("sup.note-ref a"));
    }

    [Fact]
    public void A_page_type_needs_only_a_data_file_its_shape_and_a_layout()
    {
        using var site = BriefingFixture.Create()
            .Write("input/data/shapes/team.yml", """
                name: { required: true }
                role: { allowed: [lead, analyst] }
                since: { type: date }
                sources: { type: sources, required: true }
                """)
            .Write("input/data/team.yml", """
                - { name: Ada, role: lead, since: 2024-03, sources: [alpha] }
                - { name: Grace, role: analyst, sources: [beta] }
                """)
            .Write("input/data/links.yml", "home: https://example.com/\nlabels: [one, two]\n")
            .Write("input/layouts/team.sbn", """
                {{ include "start" }}
                <ul id="team">{{ for member in data.team }}<li>{{ member.name }} ({{ member.role }}{{ if member.since }}, since {{ member.since.display }}{{ end }}){{ cite member.sources }}</li>{{ end }}</ul>
                <p id="labels">{{ data.links.labels | array.join "+" }}</p>
                {{ include "notes" }}
                {{ include "end" }}
                """)
            .Write("input/index.md", "---\ntitle: Home\n---\nAll [@gamma].\n")
            .Write("input/team.md", "---\ntitle: The team\nlayout: team\n---\n");
        var run = site.Build(strict: true);
        Assert.True(run.ExitCode == 0, run.ToString());

        var page = Parser.ParseDocument(site.ReadOutput("team/index.html"));
        var members = page.QuerySelectorAll("#team li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, members.Count);
        Assert.StartsWith("Ada (lead, since March 2024)", members[0]);
        Assert.StartsWith("Grace (analyst)", members[1]);
        Assert.Equal("one+two", page.GetElementById("labels")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("section.notes li").Length);
    }

    [Fact]
    public void The_sources_page_is_chosen_by_its_layout_and_lists_citations_made_in_data_cells()
    {
        using var site = BriefingFixture.Create()
            .Write("input/index.md", "---\ntitle: Home\n---\nThe thesis [@alpha].\n")
            .Write("input/matrix.md", "---\ntitle: Matrix\nlayout: matrix\n---\nIntro.\n")
            .Write("input/about/references.md", "---\ntitle: References\nlayout: sources\n---\nThe articles.\n");
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var page = Parser.ParseDocument(site.ReadOutput("about/references/index.html"));
        var gamma = page.GetElementById("source-gamma")!;
        Assert.Contains(gamma.QuerySelectorAll(".cited-at a"), a => a.GetAttribute("href") == "/matrix/");
    }

    [Fact]
    public void A_second_sources_page_at_the_same_address_is_reported_not_a_crash()
    {
        using var site = BriefingFixture.Create()
            .Write("input/index.md", "Home [@alpha; @beta; @gamma].\n")
            .Write("input/sources.md", "---\ntitle: Sources\nlayout: sources\n---\nOne.\n")
            .Write("input/sources/index.md", "---\ntitle: Sources again\nlayout: sources\n---\nTwo.\n");
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = run.Single("BRF301");
        Assert.Contains("'/sources/'", problem.Message);
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == "BRF000");
    }

    [Fact]
    public void Index_files_in_any_case_win_over_README_for_the_folder_and_links_agree()
    {
        using var site = new TestSite()
            .Write("input/index.md", "# Home\n\n[Guide](guide/) and [its readme](guide/README.md) and [the index](guide/Index.md).\n")
            .Write("input/guide/Index.md", "# Guide index\n")
            .Write("input/guide/README.md", "# Guide readme\n");
        var run = site.Build(strict: true);
        Assert.True(run.ExitCode == 0, run.ToString());

        Assert.Contains("Guide index", site.ReadOutput("guide/index.html"));
        Assert.Contains("Guide readme", site.ReadOutput("guide/README/index.html"));
        var links = Parser.ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll("main .prose a, main p a")
            .Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Contains("/guide/README/", links);
        Assert.DoesNotContain(links, l => l!.EndsWith(".md", StringComparison.Ordinal));
        Assert.Equal(2, links.Count(l => l == "/guide/") + links.Count(l => l == "/guide/README/"));
    }
}
