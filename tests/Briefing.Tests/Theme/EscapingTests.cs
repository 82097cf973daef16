using AngleSharp.Html.Parser;
using Briefing.Tests.Support;

namespace Briefing.Tests.Theme;

/// <summary>A string in data or front matter never becomes markup: every value a template prints is escaped.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'quoted' <b>bold</b>";

    [Fact]
    public void Values_from_front_matter_and_data_come_out_as_text()
    {
        using var site = BriefingFixture.Create()
            .Write("input/data/site.yml", $"title: '{Hostile.Replace("'", "''")}'\n")
            .Write("input/data/matrix.yml", $"dimensions:\n  - id: models\n    name: '{Hostile.Replace("'", "''")}'\n    meta: {{ text: '{Hostile.Replace("'", "''")}', sources: [alpha] }}\n    amazon: {{ text: plain, sources: [beta] }}\n")
            .Write("input/index.md", $"---\ntitle: '{Hostile.Replace("'", "''")}'\ndescription: '{Hostile.Replace("'", "''")}'\nlayout: matrix\n---\nText [@gamma].\n");

        var run = site.Build();
        Assert.True(run.ExitCode == 0, run.ToString());
        var html = site.ReadOutput("index.html");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>bold</b>", html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Equal(Hostile, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(Hostile, document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(Hostile, document.QuerySelector("#dimension-models th")!.TextContent);
        Assert.StartsWith(Hostile, document.QuerySelector("#dimension-models td")!.TextContent);
        Assert.Contains(Hostile, document.Title);
    }
}
