namespace Briefing.Engine.BuildRecords;

/// <summary>
/// One file a build wrote, as it stood when the build ended. Outputs are not hashed: the build is the only
/// writer they expect, so any change of size or time means someone else wrote there, and a build puts it right.
/// </summary>
public sealed record RecordedOutput(string Path, long Size, long LastWriteTicks)
{
    public static RecordedOutput Of(ListedFile file) => new(file.RelativePath, file.Size, file.LastWriteTicks);
}
