namespace Briefing.Engine.BuildRecords;

/// <summary>Whether a previous build's output can stand for this build: the same generator, options and input bytes, and the output as that build left it.</summary>
public static class BuildRecordCheck
{
    /// <summary>
    /// Null when nothing differs; else the first difference found, in words, for whoever wonders why a build
    /// ran. The cheap comparisons go first; the output folder is listed only when everything else matched.
    /// </summary>
    /// <param name="listOutput">Lists the output folder as it is now (<see cref="FileListing.Under"/>, nothing ignored); called last, only when all else matched.</param>
    public static string? FirstDifference(BuildRecord previous, string generator, string options, InputFingerprint inputs, Func<IReadOnlyList<ListedFile>> listOutput)
    {
        if (previous.Generator != generator)
            return "the generator changed";
        if (previous.Options != options)
            return "the options changed";
        if (inputs.DifferenceFrom(previous) is { } input)
            return input;
        return OutputDifference(previous.Outputs, listOutput());
    }

    /// <summary>Any file of the output written, added or removed since: someone else's hand, put right by a build.</summary>
    private static string? OutputDifference(IReadOnlyList<RecordedOutput> recorded, IReadOnlyList<ListedFile> found)
    {
        for (var i = 0; i < Math.Max(recorded.Count, found.Count); i++)
        {
            if (i >= found.Count)
                return $"output {recorded[i].Path} was removed";
            if (i >= recorded.Count)
                return $"output {found[i].RelativePath} was added";
            var (was, now) = (recorded[i], found[i]);
            if (was.Path == now.RelativePath && was.Size == now.Size && was.LastWriteTicks == now.LastWriteTicks)
                continue;
            var order = string.CompareOrdinal(now.RelativePath, was.Path);
            return order == 0 ? $"output {was.Path} changed" : order < 0 ? $"output {now.RelativePath} was added" : $"output {was.Path} was removed";
        }
        return null;
    }
}
