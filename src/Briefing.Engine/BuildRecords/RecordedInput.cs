namespace Briefing.Engine.BuildRecords;

/// <summary>One file a build read, as it was when the build listed it.</summary>
/// <param name="Path">The folder's label, '/', then the path relative to it: "input/notes/x.md", "theme/layouts/page.sbn".</param>
/// <param name="Hash">
/// xxHash128 of the bytes (System.IO.Hashing: a checksum against change, not a defence against anyone). Size and time only say which files need reading again; the hash says whether one
/// changed, so a file touched or checked out again with the same bytes does not cost a build. Empty when
/// the file changed while it was being read: no later state can match it.
/// </param>
public sealed record RecordedInput(string Path, long Size, long LastWriteTicks, byte[] Hash)
{
    public bool SameContentAs(RecordedInput other) =>
        Path == other.Path && Size == other.Size && Hash.Length > 0 && Hash.AsSpan().SequenceEqual(other.Hash);
}
