using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>
/// Each view of the theme, rendered from a small fixture site, compared with the HTML kept beside this
/// test in Golden/. A deliberate change to a template is accepted by running the tests once with
/// UPDATE_GOLDEN=1 and reviewing the diff of Golden/ in git.
/// </summary>
public sealed class GoldenViewTests
{
    private static readonly string GoldenFolder = Path.Combine(Repository.Root, "tests", "Briefing.Tests", "Theme", "Golden");

    public static TheoryData<string, string> Views() => new()
    {
        { "home", "index.html" },
        { "page", "notes/index.html" },
        { "matrix", "matrix/index.html" },
        { "company", "companies/meta/index.html" },
        { "timeline", "timeline/index.html" },
        { "sources", "sources/index.html" },
        { "404", "404.html" },
    };

    private static TestSite FixtureSite() => BriefingFixture.Create()
        .Write("input/data/site.yml", "title: Golden briefing\n")
        .Write("input/data/events.yml", "- date: 2026-07-01\n  company: meta\n  kind: cloud\n  title: Cloud plan\n  text: Meta plans a cloud.\n  sources: [gamma]\n")
        .Write("input/data/tables/releases.yml", "caption: Releases\ncolumns:\n  - {id: model, name: Model}\n  - {id: released, name: Released, type: date}\nrows:\n  - {model: Llama 1, released: 2023-02, sources: [beta]}\n")
        .Write("input/index.md", "---\ntitle: Home\nlayout: home\norder: 1\nnav_title: Overview\ndate: 2026-07-01\n---\nThe thesis [@alpha].\n")
        .Write("input/notes.md", "---\ntitle: Notes\ndescription: A plain page.\norder: 2\n---\n## One\n\nText[^a].\n\n## Two\n\n### Three\n\n[^a]: An aside.\n")
        .Write("input/matrix.md", "---\ntitle: Matrix\nlayout: matrix\norder: 3\n---\nIntro [@gamma].\n")
        .Write("input/companies/meta.md", "---\ntitle: Meta\nlayout: company\ncompany: meta\ntables: [releases]\norder: 4\n---\n## Models\n\nLlama [@beta].\n")
        .Write("input/timeline.md", "---\ntitle: Timeline\nlayout: timeline\norder: 5\n---\nThe years.\n")
        .Write("input/sources.md", "---\ntitle: Sources\nlayout: sources\norder: 6\n---\nThe articles.\n");

    [Theory]
    [MemberData(nameof(Views))]
    public void Each_view_renders_as_its_golden_file(string view, string page)
    {
        using var site = FixtureSite();
        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());

        var main = new HtmlParser().ParseDocument(site.ReadOutput(page)).QuerySelector("main")!.OuterHtml;
        var actual = string.Join('\n', main.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)) + "\n";
        var golden = Path.Combine(GoldenFolder, view + ".html");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, actual);

        Assert.True(File.Exists(golden), $"no golden file for '{view}': run the tests once with UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(golden), actual);
    }
}
