using System.Diagnostics;
using System.Globalization;

namespace Briefing.Engine.Output;

/// <summary>
/// A build writes into a staging folder beside the real output; <see cref="Commit"/> swaps it in.
/// Disposed without a commit, the staging folder is deleted and the previous output stays byte for byte as it was.
/// A build that was killed cannot clean up after itself: the next build removes what it left
/// (<c>.output.staging-PID-GUID</c>, <c>.output.old-PID-GUID</c>) once that process is gone.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private bool _committed;

    private StagedOutput(string outputFolder, string stagingFolder)
    {
        OutputFolder = outputFolder;
        StagingFolder = stagingFolder;
    }

    public string OutputFolder { get; }

    public string StagingFolder { get; }

    public static StagedOutput Begin(string outputFolder)
    {
        var full = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("The output folder cannot be a file system root.", nameof(outputFolder));
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(full));
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedOutput(full, staging);
    }

    /// <summary>Replaces the output with the staged one: two renames, so the site is never half written.</summary>
    public void Commit()
    {
        if (_committed)
            return;
        string? old = null;
        if (Directory.Exists(OutputFolder))
        {
            old = StagingFolder.Replace(".staging-", ".old-", StringComparison.Ordinal);
            Directory.Move(OutputFolder, old);
        }
        Directory.Move(StagingFolder, OutputFolder);
        _committed = true;
        if (old is not null)
            DeleteInParallel(old);
    }

    /// <summary>
    /// Removes the staging and old-output folders of builds of this output that are no longer running.
    /// A folder whose process is alive is another build's, still working, and is kept, unless that process
    /// started after the folder was last written (its id was reused). Best effort: what cannot be removed
    /// now is tried again by the next build.
    /// </summary>
    internal static void RemoveLeftovers(string parent, string outputName)
    {
        foreach (var kind in (string[])[".staging-", ".old-"])
        {
            var prefix = "." + outputName + kind;
            foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
            {
                if (OwnerPid(Path.GetFileName(folder), prefix) is not { } pid || pid == Environment.ProcessId || IsRunning(pid, folder))
                    continue;
                try
                {
                    DeleteInParallel(folder);
                }
                catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
                {
                    // Another build removing it at the same moment, or a file held open: left for the next build.
                }
            }
        }
    }

    /// <summary>The process id in <c>.output.staging-PID-GUID</c>; null for any other name.</summary>
    private static int? OwnerPid(string name, string prefix)
    {
        var rest = name.AsSpan(prefix.Length);
        var dash = rest.IndexOf('-');
        return dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid, string folder)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
                return false;
            // A process started after the folder was last written cannot have written it: the id was reused.
            return process.StartTime.ToUniversalTime() <= Directory.GetLastWriteTimeUtc(folder).AddSeconds(1);
        }
        catch (ArgumentException)
        {
            return false; // no process has this id
        }
        catch (Exception problem) when (problem is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return true; // alive but not ours to inspect: keep its folder
        }
    }

    /// <summary>The previous site can hold thousands of files: its top-level folders are removed side by side.</summary>
    private static void DeleteInParallel(string folder)
    {
        Parallel.ForEach(Directory.EnumerateDirectories(folder), child => Directory.Delete(child, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingFolder))
            Directory.Delete(StagingFolder, recursive: true);
    }
}
