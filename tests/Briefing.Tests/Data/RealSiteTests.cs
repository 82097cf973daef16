using AngleSharp.Html.Parser;
using Briefing.Data;
using Briefing.Modules;
using Briefing.Tests.Support;
using Briefing.Yaml;

namespace Briefing.Tests.Data;

/// <summary>Checks on the briefing itself: its data, its links, its pages.</summary>
[Collection(RealSiteCollection.Name)]
public sealed class RealSiteTests(RealSite built)
{
    private readonly RealSite _built = built;

    private static SiteData LoadRealData()
    {
        var bound = new Dictionary<string, object>(StringComparer.Ordinal);
        var folder = Path.Combine(Repository.Input, "data");
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var shape = DataFiles.ModelOf(file);
            Assert.NotNull(shape);
            var binder = new YamlBinder($"input/data/{file}");
            var value = binder.Bind(binder.Parse(File.ReadAllText(path))!, shape);
            Assert.Empty(binder.Diagnostics);
            bound[file] = value!;
        }
        var problems = new List<Briefing.Engine.Diagnostics.Diagnostic>();
        var data = DataFiles.Assemble(bound, problems);
        Assert.Empty(problems);
        return data;
    }

    [Fact]
    public void The_briefing_builds_with_no_error_and_no_warning()
    {
        Assert.True(_built.Run.ExitCode == 0, _built.Run.ToString());
        Assert.Empty(_built.Run.Diagnostics);
    }

    [Fact]
    public void Every_figure_in_the_data_files_has_a_known_source()
    {
        var data = LoadRealData();
        var known = data.Sources.Select(s => s.Id).ToHashSet();

        Assert.Equal(5, known.Count);
        Assert.NotEmpty(data.CitedItems);
        foreach (var item in data.CitedItems)
        {
            Assert.True(item.Sources.Count > 0, $"{item.Location}: no source");
            Assert.All(item.Sources, s => Assert.True(known.Contains(s.Id), $"{s.Location}: unknown source '{s.Id}'"));
        }
        Assert.Empty(CheckSiteData.Check(data));
    }

    [Fact]
    public void The_data_check_fails_on_a_source_id_that_does_not_exist()
    {
        var data = LoadRealData();
        var broken = data with { Capex = [.. data.Capex.Take(1).Select(f => { f.Sources = [new SourceRef { Id = "egoist" }]; return f; })] };

        var problem = Assert.Single(CheckSiteData.Check(broken), d => d.Code == "BRF101");
        Assert.Contains("unknown source 'egoist'; did you mean 'egoistai'?", problem.Message);
    }

    [Fact]
    public void The_matrix_has_eleven_dimensions_and_eight_verdicts_and_a_cell_per_company_in_each()
    {
        var matrix = LoadRealData().Matrix!;
        Assert.Equal(11, matrix.Dimensions.Count);
        Assert.Equal(8, matrix.BestFor.Count);
        Assert.All(matrix.Dimensions, d => Assert.Equal(["amazon", "meta"], d.Cells.Keys.Order()));
    }

    [Fact]
    public void The_sources_page_shows_each_source_graded_as_sources_yml_gives_it()
    {
        var data = LoadRealData();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_built.Site.Output, "sources", "index.html")));
        Assert.Equal(5, data.Sources.Count);
        foreach (var source in data.Sources)
        {
            var entry = page.GetElementById($"source-{source.Id}");
            Assert.True(entry is not null, $"no entry for '{source.Id}'");
            var grade = entry!.QuerySelectorAll(".source-grade div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
            Assert.False(string.IsNullOrWhiteSpace(source.Kind), $"{source.Location}: no kind");
            Assert.Equal(source.Kind, grade["Kind"]);
            Assert.Equal(source.Author ?? "not named", grade["Author"]);
            Assert.Equal(source.Published ?? "date not stated", grade["Date"]);
            Assert.True(source.Complete is not null, $"{source.Location}: say whether the text is complete");
            Assert.Equal(source.Complete == true ? "complete" : "incomplete", grade["Text"]);
            Assert.Equal(source.Caveats, entry.QuerySelectorAll(".source-caveats li").Select(li => li.TextContent));
            Assert.Equal(source.Short, grade.GetValueOrDefault("Called here"));
        }
        // The unsigned comparison has a short name of its own, which no page title shares.
        var shortNames = data.Sources.Select(s => s.Short).OfType<string>().ToList();
        Assert.NotEmpty(shortNames);
        var titles = _built.HtmlFiles.Select(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).Title ?? "").ToList();
        Assert.All(shortNames, name => Assert.DoesNotContain(titles, t => t.Contains(name, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_register_shows_every_disagreement_with_each_side_cited()
    {
        var data = LoadRealData();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_built.Site.Output, "disagreements", "index.html")));
        Assert.True(data.Disagreements.Count >= 5);
        foreach (var entry in data.Disagreements)
        {
            var item = page.GetElementById(entry.Id);
            Assert.True(item is not null, $"no register entry for '{entry.Id}'");
            var sides = item!.QuerySelectorAll(".sides > li").ToList();
            Assert.Equal(entry.Sides.Count, sides.Count);
            Assert.All(sides, side => Assert.NotNull(side.QuerySelector("sup.note-ref a")));
            Assert.Equal(entry.Reading is not null, item.QuerySelector(".site-reading") is not null);
        }
    }

    [Fact]
    public void Every_disputed_figure_is_marked_and_its_mark_leads_to_its_register_entry()
    {
        var data = LoadRealData();
        var parser = new HtmlParser();
        var register = parser.ParseDocument(File.ReadAllText(Path.Combine(_built.Site.Output, "disagreements", "index.html")));
        // A page that holds the register itself (the print edition) links to it within the page.
        var marks = _built.HtmlFiles.Select(f => parser.ParseDocument(File.ReadAllText(f)))
            .SelectMany(d => d.QuerySelectorAll("a.dispute-mark").Select(m => (Mark: m, Register: m.GetAttribute("href")!.StartsWith('#') ? d : register)))
            .ToList();

        var disputed = data.DisputableItems.Where(i => i.Disputed is not null).ToList();
        Assert.True(disputed.Count >= 8, $"only {disputed.Count} data items name a disagreement");
        Assert.True(marks.Count >= disputed.Count, $"{marks.Count} marks for {disputed.Count} disputed items");
        foreach (var (mark, holder) in marks)
        {
            var id = mark.GetAttribute("href")!.Split('#')[1];
            Assert.NotNull(holder.GetElementById(id));
            Assert.Contains("The sources disagree", mark.GetAttribute("title"));
        }
        Assert.All(data.Disagreements, d => Assert.Contains(marks, m => m.Mark.GetAttribute("href")!.EndsWith("#" + d.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_disputed_claim_in_prose_carries_a_mark_to_its_entry_that_says_the_other_side()
    {
        var data = LoadRealData();
        var parser = new HtmlParser();
        var register = parser.ParseDocument(File.ReadAllText(Path.Combine(_built.Site.Output, "disagreements", "index.html")));
        var marks = _built.HtmlFiles
            .SelectMany(f => parser.ParseDocument(File.ReadAllText(f)).QuerySelectorAll(".prose a[href^='/disagreements/#']"))
            .Where(a => a.TextContent == "disputed")
            .ToList();

        foreach (var mark in marks)
        {
            var id = mark.GetAttribute("href")!.Split('#')[1];
            Assert.True(register.GetElementById(id) is not null, $"a prose mark leads to '{id}', which is no register entry");
            Assert.StartsWith("Disputed", mark.GetAttribute("title") ?? "");
            Assert.Matches(" against | later ", mark.GetAttribute("title") ?? ""); // the other side (or version), in the preview
        }
        Assert.All(data.Disagreements, d => Assert.Contains(marks, m => m.GetAttribute("href")!.EndsWith("#" + d.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_page_is_reachable_from_the_home_page_in_at_most_two_clicks()
    {
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(_built.Site.Output, "index.html", SearchOption.AllDirectories)
            .Select(p => "/" + Path.GetRelativePath(_built.Site.Output, Path.GetDirectoryName(p)!).Replace('\\', '/').Replace(".", "") + "/")
            .Select(u => u.Replace("//", "/"))
            .ToHashSet();
        string[] required = ["/", "/matrix/", "/companies/meta/", "/companies/amazon/", "/timeline/", "/open-weights/", "/risks/", "/bottom-line/", "/sources/"];
        Assert.Superset(required.ToHashSet(), pages);

        IEnumerable<string> LinksOf(string url) =>
            parser.ParseDocument(File.ReadAllText(Path.Combine(_built.Site.Output, url.TrimStart('/'), "index.html")))
                .QuerySelectorAll("a[href^='/']")
                .Select(a => a.GetAttribute("href")!.Split('#')[0])
                .Where(pages.Contains);

        var oneClick = LinksOf("/").ToHashSet();
        var twoClicks = oneClick.SelectMany(LinksOf).Concat(oneClick).Append("/").ToHashSet();
        Assert.Superset(pages, twoClicks);
    }

    [Fact]
    public void Every_internal_link_and_fragment_on_the_built_site_lands()
    {
        var parser = new HtmlParser();
        var output = _built.Site.Output;
        var documents = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(output, p).Replace('\\', '/'), p => parser.ParseDocument(File.ReadAllText(p)));
        var broken = new List<string>();
        foreach (var (file, document) in documents)
        {
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                    continue;
                var (path, fragment) = target.Split('#') is var parts ? (parts[0], parts.Length > 1 ? parts[1] : null) : default;
                var targetFile = path.Length == 0 ? file : path.TrimStart('/') is var p && (p.Length == 0 || p.EndsWith('/')) ? p + "index.html" : p;
                if (!File.Exists(Path.Combine(output, targetFile)))
                    broken.Add($"{file}: {target} (no file)");
                else if (fragment is { Length: > 0 } && documents.TryGetValue(targetFile, out var targetDocument) && targetDocument.GetElementById(Uri.UnescapeDataString(fragment)) is null)
                    broken.Add($"{file}: {target} (no id)");
            }
        }
        Assert.Empty(broken);
    }
}
