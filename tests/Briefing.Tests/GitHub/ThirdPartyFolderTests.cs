using Briefing.Tests.Support;

namespace Briefing.Tests.GitHub;

/// <summary>
/// A real project's Markdown, as its authors wrote it for GitHub: containers/common 0.50.1 (its README,
/// SECURITY.md, man pages in Markdown and package READMEs, beside its Go source). Its one real broken anchor
/// is found at its line and column, and nothing else is reported: anchors in another case, links to
/// folders of source code, links between the man pages all work as they do on GitHub.
/// </summary>
public sealed class ThirdPartyFolderTests
{
    [Fact]
    public void Containers_common_has_its_one_real_broken_anchor_found_and_no_false_alarm()
    {
        var folder = ThirdPartyMarkdown.Folder("containers-common");
        using var site = new TestSite();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            site.WriteBytes(Path.Combine("input", Path.GetRelativePath(folder, file)), File.ReadAllBytes(file));

        var run = site.Build();

        // "Variable expansion is only supported for [a limited set of Containerfile instructions.](#environment-replacement)":
        // copied from Docker's reference, where that heading exists; this page has none.
        var broken = Assert.Single(run.Diagnostics);
        Assert.Equal(("BRF402", "input/docs/Containerfile.5.md", 515, 63), (broken.Code, broken.Location.File, broken.Location.Line, broken.Location.Column));

        // With that one link mended, the folder builds strictly and every link of every output file lands.
        var page = Path.Combine(site.Input, "docs", "Containerfile.5.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("(#environment-replacement)", "(#usage)", StringComparison.Ordinal));
        var mended = site.Build(strict: true);
        Assert.True(mended.ExitCode == 0 && mended.Diagnostics.Count == 0, mended.ToString());
        var walk = OutputLinks.Follow(site.Output);
        Assert.Empty(walk.Broken);
        Assert.True(walk.Checked > 200, $"only {walk.Checked} links followed");
    }
}
