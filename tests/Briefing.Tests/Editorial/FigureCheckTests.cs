using Briefing.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Editorial;

/// <summary>
/// Every figure of the briefing is checked against the texts of the sources it cites (see
/// <see cref="FigureCheck"/>). The texts are read from ../shared/sources or the folder named by
/// BRIEFING_SOURCES; without them these tests fail, saying so.
/// </summary>
public sealed class FigureCheckTests
{
    /// <summary>
    /// Violations in data files this branch may not edit, each waiting for a correction that has been handed
    /// over. Each entry is the exact report line. When a correction lands, its entry must go too: a listed
    /// violation that no longer occurs fails the test.
    /// </summary>
    private static readonly string[] KnownViolations =
    [
    ];

    private static SourceTexts Sources() => SourceTexts.Load();

    [Fact]
    public void Every_figure_of_the_real_content_appears_in_a_source_it_cites()
    {
        var found = FigureCheck.Run(Repository.Root, Sources()).Select(v => v.ToString()).ToList();

        var unexpected = found.Except(KnownViolations, StringComparer.Ordinal).ToList();
        var stale = KnownViolations.Except(found, StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, "Figures not found in their cited sources:\n" + string.Join('\n', unexpected));
        Assert.True(stale.Count == 0, "Listed as known but no longer found (remove from KnownViolations):\n" + string.Join('\n', stale));
    }

    [Fact]
    public void A_wrong_figure_planted_in_a_copy_of_a_page_is_reported_at_its_file_line_and_column()
    {
        var root = CopyOfInput();
        try
        {
            var page = Path.Combine(root, "input", "companies", "meta.md");
            var lines = File.ReadAllLines(page);
            var index = Array.FindIndex(lines, l => l.Contains("9.3%", StringComparison.Ordinal));
            Assert.True(index >= 0, "the Meta page no longer gives the 9.3% rise; plant the figure elsewhere");
            var column = lines[index].IndexOf("9.3%", StringComparison.Ordinal) + 1;
            lines[index] = lines[index].Replace("9.3%", "9.8%", StringComparison.Ordinal);
            File.WriteAllLines(page, lines);

            var found = FigureCheck.Run(root, Sources());

            var violation = Assert.Single(found, v => v.Figure == "9.8%");
            Assert.Equal("input/companies/meta.md", violation.File);
            Assert.Equal(index + 1, violation.Line);
            Assert.Equal(column, violation.Column);
            Assert.Equal(["aiindustryreview"], violation.Sources);
            Assert.Equal($"input/companies/meta.md({index + 1},{column}): figure '9.8%' not found in cited sources aiindustryreview", violation.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_figure_cited_to_the_wrong_source_is_reported()
    {
        var text = "Meta's stock rose 9.3% that day [@comparison].\n";

        var violation = Assert.Single(FigureCheck.CheckMarkdown("input/x.md", text, Sources()));

        Assert.Equal("input/x.md(1,19): figure '9.3%' not found in cited sources comparison", violation.ToString());
    }

    [Fact]
    public void A_figure_answers_to_the_marker_that_follows_it_in_its_sentence()
    {
        var right = "The comparison projects $110 billion [@comparison], EgoistAI about $65 billion [@egoistai].\n";
        var swapped = "The comparison projects $65 billion [@aiindustryreview], EgoistAI about $110 billion [@egoistai].\n";

        Assert.Empty(FigureCheck.CheckMarkdown("input/x.md", right, Sources()));
        Assert.Equal(
            ["input/x.md(1,25): figure '$65 billion' not found in cited sources aiindustryreview",
             "input/x.md(1,73): figure '$110 billion' not found in cited sources egoistai"],
            FigureCheck.CheckMarkdown("input/x.md", swapped, Sources()).Select(v => v.ToString()));
    }

    [Fact]
    public void A_figure_in_a_paragraph_with_no_citation_is_reported()
    {
        var violation = Assert.Single(FigureCheck.CheckMarkdown("input/x.md", "---\ntitle: x\n---\n\nThe gap is $45 billion.\n", Sources()));

        Assert.Equal("input/x.md(5,12): figure '$45 billion' is in text that cites no source", violation.ToString());
    }

    [Fact]
    public void Markers_locators_footnotes_links_and_list_numbers_are_not_figures()
    {
        var text = "1. See [the page](page-2029.md) and a note.[^n4] [@egoistai, \"Pillar 3\"]\n";

        Assert.Empty(FigureCheck.CheckMarkdown("input/x.md", text, Sources()));
    }

    [Fact]
    public void A_wrong_figure_in_a_cited_data_item_is_reported_at_its_line_and_column()
    {
        var yaml = "- company: meta\n  year: 2026\n  low: 66\n  label: \"~$66B (projected)\"\n  sources: [egoistai]\n";

        var found = FigureCheck.CheckYaml("input/data/capex.yml", yaml, Sources()).Select(v => v.ToString());

        Assert.Equal(
            ["input/data/capex.yml(3,8): figure '66' not found in cited sources egoistai",
             "input/data/capex.yml(4,12): figure '$66B' not found in cited sources egoistai"],
            found);
    }

    [Fact]
    public void Data_items_may_cite_references_with_locators()
    {
        var yaml = "- text: \"Up 9.3% to $615.55 on 1 July 2026.\"\n  sources:\n    - id: aiindustryreview\n      locator: Market Impact\n";

        Assert.Empty(FigureCheck.CheckYaml("input/data/events.yml", yaml, Sources()));
    }

    [Fact]
    public void Without_the_source_texts_the_check_fails_and_says_why()
    {
        var missing = Path.Combine(Path.GetTempPath(), "briefing-no-sources-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<SourceTextsMissingException>(() => SourceTexts.Load(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("BRIEFING_SOURCES", error.Message, StringComparison.Ordinal);
        Assert.Contains("fails rather than pass", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_source_of_sources_yml_has_a_text()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Input, "data", "sources.yml"))));
        var ids = ((YamlSequenceNode)stream.Documents[0].RootNode)
            .Cast<YamlMappingNode>()
            .Select(m => ((YamlScalarNode)m.Children[new YamlScalarNode("id")]).Value!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(SourceTexts.Files.Keys.Order(StringComparer.Ordinal), ids);
        var texts = Sources();
        Assert.All(ids, id => Assert.True(texts.Knows(id), id));
    }

    [Theory]
    [InlineData("$65B", "$65 billion")]
    [InlineData("$65B", "US$65bn")]
    [InlineData("$65B", "USD 65 billion")]
    [InlineData("65 billion", "65B")]
    [InlineData("9.3%", "9.3 percent")]
    [InlineData("9.3%", "9.3 per cent")]
    [InlineData("1 July 2026", "July 1, 2026")]
    [InlineData("1 July 2026", "2026-07-01")]
    [InlineData("March 2026", "2026-03")]
    [InlineData("February 2023", "Feb 2023")]
    [InlineData("10M", "10 million")]
    [InlineData("10 million", "10-million")]
    [InlineData("3.5 billion", "3.5B")]
    [InlineData("$500,000", "$500K")]
    [InlineData("600,000", "600K")]
    [InlineData("three billion", "3 billion")]
    [InlineData("ten percent", "10%")]
    public void Forms_of_one_figure_compare_equal(string one, string other)
    {
        Assert.Equal(Keys(one), Keys(other));
    }

    [Fact]
    public void A_range_gives_both_ends_with_its_currency_and_scale()
    {
        Assert.Equal(["$:60000000000", "$:65000000000"], Keys("$60–65B"));
        Assert.Equal(["$:100000000000", "$:105000000000"], Keys("$100-105 billion"));
        Assert.Equal(["y:2026", "y:2027"], Keys("a 2026–2027 release"));
        Assert.Equal(["d:2026-03-01", "d:2026-03-08"], Keys("items dated 1 to 8 March 2026"));
    }

    [Fact]
    public void A_dollar_figure_needs_a_dollar_figure_in_the_source()
    {
        var source = Figures.KeysOf("Llama 1 had 65B parameters.");

        Assert.Contains(Keys("65 billion parameters")[0], source);
        Assert.DoesNotContain(Keys("$65 billion")[0], source);
    }

    [Fact]
    public void Model_names_are_figures_of_their_own()
    {
        Assert.Equal(["name:llama 4.1", "name:gpt 4o", "name:h100s"], Keys("Llama 4.1, GPT-4o and H100s"));
    }

    [Fact]
    public void A_flattened_table_is_read_cell_by_cell()
    {
        var keys = Figures.KeysOf("ModelReleaseParameters\nLlama 1Feb 202365B2KBelow GPT-3.5\nLlama 4.1Jan 2026MoE 600B+2MFrontier-class\n");

        Assert.Contains("name:llama 1", keys);
        Assert.Contains("m:2023-02", keys);
        Assert.Contains("n:65000000000", keys);
        Assert.Contains("n:2000", keys);
        Assert.Contains("m:2026-01", keys);
        Assert.Contains("n:600000000000", keys);
        Assert.Contains("n:2000000", keys);
    }

    private static List<string> Keys(string text) => [.. Figures.Find(text).Select(f => f.Key)];

    private static string CopyOfInput()
    {
        var root = Path.Combine(Path.GetTempPath(), "briefing-figures-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Repository.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "input", Path.GetRelativePath(Repository.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return root;
    }
}
