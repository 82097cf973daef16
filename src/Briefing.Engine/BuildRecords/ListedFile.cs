namespace Briefing.Engine.BuildRecords;

/// <summary>A file found under a folder, with what its directory entry says of it (no byte of it read).</summary>
/// <param name="RelativePath">Relative to the folder listed, with '/' separators on every system, so a record reads the same anywhere.</param>
/// <param name="LastWriteTicks">UTC ticks: the file system's own resolution is kept, so a rewrite a millisecond later is still seen.</param>
public readonly record struct ListedFile(string FullPath, string RelativePath, long Size, long LastWriteTicks);
