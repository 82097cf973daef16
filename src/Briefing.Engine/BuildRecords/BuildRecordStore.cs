namespace Briefing.Engine.BuildRecords;

/// <summary>
/// Where a build record lives and how it is read and replaced. For the output folder <c>/x/out</c> it is
/// <c>/x/.out.build-record</c>, beside the output like the staging folders, so replacing the output never
/// touches it and deleting the output does not leave a record that vouches for it (the outputs are listed in it).
/// </summary>
public static class BuildRecordStore
{
    private const string Suffix = ".build-record";
    private const string TemporaryMark = ".tmp-";

    /// <summary>A temporary file older than this was left by a killed build: writing a record takes milliseconds.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(10);

    public static string PathFor(string outputFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException("The output folder cannot be a file system root.", nameof(outputFolder));
        return Path.Combine(parent, "." + Path.GetFileName(full) + Suffix);
    }

    /// <summary>The record at this path, or null when there is none or it cannot be used (damaged, another format version, unreadable).</summary>
    public static BuildRecord? Read(string path)
    {
        try
        {
            return File.Exists(path) ? BuildRecordFormat.Decode(File.ReadAllBytes(path)) : null;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return null; // without a record the build is simply a full one
        }
    }

    /// <summary>
    /// Replaces the record in one rename: a build killed at any moment leaves the old record or the new one,
    /// never part of either. IO problems are the caller's to report: the build itself has succeeded by then.
    /// </summary>
    public static void Write(string path, BuildRecord record)
    {
        var folder = Path.GetDirectoryName(path)!;
        var name = Path.GetFileName(path);
        var temporary = Path.Combine(folder, $"{name}{TemporaryMark}{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(temporary, BuildRecordFormat.Encode(record));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // only there if the move did not happen
        }
        RemoveAbandoned(folder, name);
    }

    /// <summary>Removes a record that no longer describes the output; nothing to do when there is none.</summary>
    public static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // Left in place it still cannot vouch for the output: its listing of the output files no longer matches.
        }
    }

    private static void RemoveAbandoned(string folder, string name)
    {
        foreach (var file in Directory.EnumerateFiles(folder, name + TemporaryMark + "*"))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > Abandoned)
                    File.Delete(file);
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                // Another build removing it at the same moment: harmless, tried again next time.
            }
        }
    }
}
