namespace Briefing.Engine.BuildRecords;

/// <summary>
/// What one successful, committed build was made from and what it wrote, kept beside the output
/// (<see cref="BuildRecordStore"/>), so the next build can tell without running a pipeline that nothing
/// it depends on changed, and say again what this one said.
/// </summary>
/// <param name="Generator">Who built it: <see cref="GeneratorIdentity"/>. A rebuilt generator may write other bytes from the same input.</param>
/// <param name="Options">Every setting that changes the output, as one text the caller composes; compared whole.</param>
/// <param name="ListedAtTicks">
/// UTC ticks just before the inputs were listed. A file last written near that moment may have been written
/// again within the file system's time resolution, unseen by its size and time, so its bytes are read again
/// next time (<see cref="InputFingerprint.TrustWindow"/>), as git does with racily clean files.
/// </param>
/// <param name="Inputs">Every input file, in ordinal order of its path.</param>
/// <param name="Outputs">Every file of the output, in ordinal order of its path.</param>
/// <param name="Messages">The diagnostics the build printed, in order, as printed.</param>
/// <param name="Summary">The line the build ended with.</param>
public sealed record BuildRecord(
    string Generator,
    string Options,
    long ListedAtTicks,
    IReadOnlyList<RecordedInput> Inputs,
    IReadOnlyList<RecordedOutput> Outputs,
    IReadOnlyList<string> Messages,
    string Summary)
{
    /// <summary>Raised whenever the layout changes: a record of another version is ignored, never misread.</summary>
    public const int FormatVersion = 2;
}
