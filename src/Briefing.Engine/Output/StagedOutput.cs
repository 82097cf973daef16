namespace Briefing.Engine.Output;

/// <summary>
/// A build writes into a staging folder beside the real output; <see cref="Commit"/> swaps it in.
/// Disposed without a commit, the staging folder is deleted and the previous output stays byte for byte as it was.
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
