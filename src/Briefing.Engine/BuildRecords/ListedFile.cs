namespace Briefing.Engine.BuildRecords;

/// <summary>A file found under a folder, with what its directory entry says of it (no byte of it read).</summary>
/// <param name="RelativePath">
/// Relative to the folder listed, after the caller's prefix, with '/' separators on every system, so a record
/// reads the same anywhere.
/// </param>
/// <param name="LastWriteTicks">UTC ticks: the file system's own resolution is kept, so a rewrite a millisecond later is still seen.</param>
/// <remarks>
/// A class, not a struct, on purpose: the framework's generic collections and enumerables over a struct of
/// ours are compiled at run time even in a ReadyToRun build, which cost an unchanged small site most of its check.
/// </remarks>
public sealed record ListedFile(string FullPath, string RelativePath, long Size, long LastWriteTicks);
