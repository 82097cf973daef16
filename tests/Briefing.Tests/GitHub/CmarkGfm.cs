using System.Diagnostics;

namespace Briefing.Tests.GitHub;

/// <summary>GitHub's own Markdown renderer (Debian's cmark-gfm, installed by the test command), to compare with.</summary>
public static class CmarkGfm
{
    private const string Program = "/usr/bin/cmark-gfm";

    public static string ToHtml(string markdown)
    {
        Assert.True(File.Exists(Program), $"{Program} is missing: the README's test command installs it (apt-get install cmark-gfm).");
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var extension in new[] { "strikethrough", "footnotes", "table", "autolink", "tagfilter", "tasklist" })
        {
            start.ArgumentList.Add("-e");
            start.ArgumentList.Add(extension);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Write(markdown);
        process.StandardInput.Close();
        var html = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return html;
    }
}
