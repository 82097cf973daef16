namespace Briefing.Tests.Support;

/// <summary>
/// Real folders of Markdown written by other projects, which tests/run-all.sh fetches from Debian's archive
/// (never copied into this repository) into the folder BRIEFING_THIRD_PARTY names.
/// </summary>
public static class ThirdPartyMarkdown
{
    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("BRIEFING_THIRD_PARTY") is { Length: > 0 } set
            ? set
            : Path.Combine(Path.GetTempPath(), "briefing-third-party");
        var folder = Path.Combine(root, name);
        Assert.True(Directory.Exists(folder),
            $"The third-party Markdown '{name}' is not at {folder}: run the tests with 'bash tests/run-all.sh', which downloads it.");
        return folder;
    }
}
