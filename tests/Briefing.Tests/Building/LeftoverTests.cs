using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

/// <summary>
/// A killed build leaves its staging folder (or the old output it was deleting) beside the output;
/// the next build removes those of processes that are gone, and keeps a running build's.
/// </summary>
public sealed class LeftoverTests
{
    /// <summary>Above any Linux pid_max (2^22) and Windows' range in practice: no process has it.</summary>
    private const int GonePid = 2_000_000_000;

    [Fact]
    public void A_build_removes_the_folders_killed_builds_left()
    {
        using var site = new TestSite().Write("input/index.md", "# Home\n");
        var staging = Leftover(site, $".output.staging-{GonePid}-{Guid.NewGuid():N}");
        var old = Leftover(site, $".output.old-{GonePid}-{Guid.NewGuid():N}");

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
        Assert.True(site.OutputExists("index.html"));
    }

    [Fact]
    public void A_failed_build_removes_them_too()
    {
        using var site = new TestSite().Write("input/index.md", "---\ntitle: [unclosed\n---\n# Home\n");
        var staging = Leftover(site, $".output.staging-{GonePid}-{Guid.NewGuid():N}");

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_running_builds_folder_is_kept_and_a_reused_pid_does_not_keep_an_old_one()
    {
        using var site = new TestSite().Write("input/index.md", "# Home\n");
        using var alive = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        try
        {
            var running = Leftover(site, $".output.staging-{alive.Id}-{Guid.NewGuid():N}");
            // Written an hour before that process started: its id was reused, the folder is debris.
            var reused = Leftover(site, $".output.staging-{alive.Id}-{Guid.NewGuid():N}");
            Directory.SetLastWriteTimeUtc(reused, DateTime.UtcNow.AddHours(-1));
            var mine = Leftover(site, $".output.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            var otherOutput = Leftover(site, $".elsewhere.staging-{GonePid}-{Guid.NewGuid():N}");

            var run = site.Build();

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.True(Directory.Exists(running));
            Assert.False(Directory.Exists(reused));
            Assert.True(Directory.Exists(mine), "a build in this process (tests build side by side) may be using it");
            Assert.True(Directory.Exists(otherOutput), "another output's folders are not this build's to remove");
        }
        finally
        {
            alive.Kill();
        }
    }

    private static string Leftover(TestSite site, string name)
    {
        var folder = Path.Combine(site.Root, name);
        Directory.CreateDirectory(Path.Combine(folder, "notes", "first"));
        File.WriteAllText(Path.Combine(folder, "notes", "first", "index.html"), "half written");
        File.WriteAllText(Path.Combine(folder, "index.html"), "half written");
        return folder;
    }
}
