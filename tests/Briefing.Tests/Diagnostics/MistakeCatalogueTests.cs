using Briefing.Tests.Support;

namespace Briefing.Tests.Diagnostics;

/// <summary>
/// Every mistake in docs/diagnostics.md: a good site is built, one mistake is planted, and the build
/// must fail with exactly that diagnostic at that file, line and column, leaving the good output as it was.
/// </summary>
public sealed class MistakeCatalogueTests
{
    public sealed record Mistake(string Name, string Code, string File, int Line, int Column, (string Path, string Text)[] Files)
    {
        public override string ToString() => Name;
    }

    private static Mistake M(string name, string code, string file, int line, int column, params (string, string)[] files) =>
        new(name, code, file, line, column, files);

    public static TheoryData<Mistake> Mistakes() =>
    [
        M("front matter not a mapping", "BRF202", "input/page.md", 2, 1, ("input/page.md", "---\n- a list\n- not keys\n---\nBody.\n")),
        M("front matter not YAML", "BRF202", "input/page.md", 2, 8, ("input/page.md", "---\ntitle: \"unterminated\n---\nBody.\n")),
        M("date that does not parse", "BRF204", "input/page.md", 2, 7, ("input/page.md", "---\ndate: 2026-13-45\n---\nBody.\n")),
        M("wrong type in front matter", "BRF204", "input/page.md", 2, 8, ("input/page.md", "---\ndraft: maybe\n---\nBody.\n")),
        M("two pages at one URL", "BRF301", "input/page/index.md", 1, 1, ("input/page.md", "One.\n"), ("input/page/index.md", "Two.\n")),
        M("unknown layout", "BRF302", "input/page.md", 2, 9, ("input/page.md", "---\nlayout: matrx\n---\nBody.\n")),
        M("Scriban syntax error", "BRF501", "theme/layouts/broken.sbn", 2, 6, ("input/page.md", "---\nlayout: broken\n---\nB.\n"), ("theme/layouts/broken.sbn", "<p>\n{{ end }}\n")),
        M("Scriban runtime error", "BRF502", "theme/layouts/broken.sbn", 2, 9, ("input/page.md", "---\nlayout: broken\n---\nB.\n"), ("theme/layouts/broken.sbn", "<p>\n{{ page.titel }}\n</p>\n")),
        M("include that does not exist", "BRF502", "theme/layouts/broken.sbn", 1, 4, ("input/page.md", "---\nlayout: broken\n---\nB.\n"), ("theme/layouts/broken.sbn", "{{ include \"nowhere\" }}\n")),
        M("include of itself", "BRF502", "theme/partials/loop.sbn", 1, 4, ("input/page.md", "---\nlayout: broken\n---\nB.\n"), ("theme/layouts/broken.sbn", "{{ include \"loop\" }}\n"), ("theme/partials/loop.sbn", "{{ include \"loop\" }}\n")),
        M("data file not YAML", "BRF202", "input/data/capex.yml", 3, 1, ("input/data/capex.yml", "- company: meta\n  year: [2025\n")),
        M("data of the wrong type", "BRF204", "input/data/capex.yml", 3, 8, ("input/data/capex.yml", "- company: meta\n  year: 2025\n  low: sixty\n  high: 65\n  status: estimate\n  label: x\n  sources: [alpha]\n")),
        M("data missing a field", "BRF205", "input/data/capex.yml", 1, 3, ("input/data/capex.yml", "- company: meta\n  year: 2025\n  high: 65\n  status: estimate\n  label: x\n  sources: [alpha]\n")),
        M("data with a misspelt key", "BRF203", "input/data/capex.yml", 7, 3, ("input/data/capex.yml", "- company: meta\n  year: 2025\n  low: 60\n  high: 65\n  status: estimate\n  label: x\n  sorces: [alpha]\n  sources: [alpha]\n")),
        M("data naming an unknown company", "BRF206", "input/data/capex.yml", 1, 3, ("input/data/capex.yml", "- company: facebook\n  year: 2025\n  low: 60\n  high: 65\n  status: estimate\n  label: x\n  sources: [alpha]\n")),
        M("unknown source in a page", "BRF101", "input/page.md", 1, 7, ("input/page.md", "Fact [@alhpa].\n")),
        M("unknown source in data", "BRF101", "input/data/capex.yml", 7, 13, ("input/data/capex.yml", "- company: meta\n  year: 2025\n  low: 60\n  high: 65\n  status: estimate\n  label: x\n  sources: [nobody]\n")),
        M("broken link to a page", "BRF401", "input/page.md", 3, 5, ("input/page.md", "Intro.\n\nSee [the other](other.md).\n")),
        M("broken anchor", "BRF402", "input/page.md", 1, 5, ("input/page.md", "See [there](index.md#nowhere).\n")),
        M("missing image", "BRF401", "input/page.md", 1, 1, ("input/page.md", "![Chart](img/chart.png)\n")),
        M("script in content", "BRF303", "input/page.md", 3, 1, ("input/page.md", "Text.\n\n<script>alert(1)</script>\n")),
        M("event attribute in content", "BRF303", "input/page.md", 1, 23, ("input/page.md", "Text <img src=\"x.png\" onerror=\"alert(1)\" alt=\"\">\n"), ("input/x.png", "png")),
        M("matrix cell for an unknown company", "BRF206", "input/data/matrix.yml", 4, 5, ("input/data/matrix.yml", "dimensions:\n  - id: models\n    name: Models\n    metta: { text: x, sources: [alpha] }\n    meta: { text: y, sources: [alpha] }\n    amazon: { text: z, sources: [beta] }\n")),
        M("matrix dimension missing a company", "BRF205", "input/data/matrix.yml", 2, 5, ("input/data/matrix.yml", "dimensions:\n  - id: models\n    name: Models\n    meta: { text: y, sources: [alpha] }\n")),
        M("table row with an unknown column", "BRF203", "input/data/tables/t.yml", 4, 34, ("input/data/tables/t.yml", "caption: T\ncolumns: [{id: model, name: Model}]\nrows:\n  - {model: A, sources: [alpha], modle: B}\n")),
        M("table date that does not parse", "BRF204", "input/data/tables/t.yml", 5, 5, ("input/data/tables/t.yml", "caption: T\ncolumns: [{id: when, name: When, type: date}]\nrows:\n  - sources: [alpha]\n    when: 2025-13\n")),
        M("page showing an unknown table", "BRF206", "input/page.md", 2, 9, ("input/page.md", "---\ntables: [nope]\n---\nB.\n"), ("input/data/tables/t.yml", "caption: T\ncolumns: [{id: a, name: A}]\nrows:\n  - {a: x, sources: [alpha]}\n")),
        M("declared data of the wrong type", "BRF204", "input/data/team.yml", 2, 10, ("input/data/shapes/team.yml", "name: { required: true }\nsince: { type: date }\n"), ("input/data/team.yml", "- name: Ada\n  since: last year\n")),
        M("declared data missing a required field", "BRF205", "input/data/team.yml", 1, 3, ("input/data/shapes/team.yml", "name: { required: true }\nrole: { allowed: [lead, analyst] }\n"), ("input/data/team.yml", "- role: lead\n")),
        M("declared data outside its allowed values", "BRF204", "input/data/team.yml", 2, 9, ("input/data/shapes/team.yml", "name: { required: true }\nrole: { allowed: [lead, analyst] }\n"), ("input/data/team.yml", "- name: Ada\n  role: leed\n")),
        M("asset that does not exist", "BRF502", "theme/layouts/broken.sbn", 2, 4, ("input/page.md", "---\nlayout: broken\n---\nB.\n"), ("theme/layouts/broken.sbn", "<link>\n{{ asset \"/assets/nope.css\" }}\n")),
        M("one explicit id twice", "BRF403", "input/page.md", 3, 11, ("input/page.md", "<a id=\"here\"></a>\n\n<span id=\"here\">again</span>\n")),
    ];

    private static TestSite GoodSite() => BriefingFixture.Create()
        .Write("input/index.md", "---\ntitle: Home\n---\nEverything [@alpha; @beta; @gamma].\n");

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_gets_one_diagnostic_at_its_place_and_the_previous_output_is_kept(Mistake mistake)
    {
        using var site = GoodSite();
        Assert.Equal(0, site.Build().ExitCode);
        var before = site.HashOutput();

        foreach (var (path, text) in mistake.Files)
            site.Write(path, text);
        var run = site.Build();

        Assert.True(run.ExitCode == 1, $"{mistake}: expected exit 1\n{run}");
        var found = run.ErrorDiagnostics.Where(d => d.Code == mistake.Code).ToList();
        Assert.True(found.Count == 1, $"{mistake}: expected one {mistake.Code}\n{run}");
        Assert.Equal((mistake.File, mistake.Line, mistake.Column), (found[0].Location.File, found[0].Location.Line, found[0].Location.Column));
        Assert.Equal(before, site.HashOutput());
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_at_the_bad_byte()
    {
        using var site = GoodSite();
        site.WriteBytes("input/page.md", [.. "Line one.\nCaf"u8, 0xE9, .. " au lait.\n"u8]);
        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        var problem = run.Single("BRF304");
        Assert.Equal(("input/page.md", 2, 4), (problem.Location.File, problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void An_input_folder_that_does_not_exist_is_a_usage_error()
    {
        using var site = GoodSite();
        var run = TestSite.Build(site.Settings() with { InputFolder = Path.Combine(site.Root, "missing") });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("missing: error BRF001:", run.Errors);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_fails_without_touching_anything()
    {
        using var site = GoodSite().Write("blocker", "a file where the output's parent folder should be");
        var run = TestSite.Build(site.Settings() with { OutputFolder = Path.Combine(site.Root, "blocker", "output") });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BRF002: cannot write the output folder", run.Errors);
    }

    [Fact]
    public void Harmless_oddities_still_build()
    {
        using var site = GoodSite()
            .WriteBytes("input/bom.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: With a BOM\n---\nText.\n"u8])
            .Write("input/empty.md", "")
            .Write("input/name with spaces.md", "# Spaces\n")
            .Write("input/café/Ünïcode.md", "# Non-ASCII names\n\nSee [the spaces page](../name%20with%20spaces.md).\n")
            .Write("input/big.md", "# Big\n\n" + string.Concat(Enumerable.Repeat("A paragraph of an editor's very long page, repeated to make ten megabytes.\n\n", 140_000)));
        site.WriteBytes("input/windows.md", "---\r\ntitle: Windows\r\n---\r\nLine one.\r\n\r\n## A heading\r\n"u8.ToArray());

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("With a BOM", site.ReadOutput("bom/index.html"));
        Assert.Contains("<h1>Windows</h1>", site.ReadOutput("windows/index.html"));
        Assert.True(site.OutputExists("name with spaces/index.html"));
        Assert.Contains("href=\"/name%20with%20spaces/\"", site.ReadOutput("café/Ünïcode/index.html"));
        Assert.True(new FileInfo(Path.Combine(site.Output, "big/index.html")).Length > 10_000_000);
        Assert.True(site.OutputExists("empty/index.html"));
    }
}
