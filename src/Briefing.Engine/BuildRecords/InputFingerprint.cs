using System.IO.Hashing;

namespace Briefing.Engine.BuildRecords;

/// <summary>
/// Every input file of a build with the hash of its bytes, taken before any pipeline reads one: a file that
/// changes after it was hashed then differs from the record next time, so the record never claims content
/// newer than what the build read. Hashes of the previous record are reused for files whose size and time
/// are unchanged, so an unchanged site of 10,000 pages is listed, not read.
/// </summary>
public sealed class InputFingerprint
{
    /// <summary>
    /// How long before the listing a file must have been last written for its size and time to vouch for
    /// its bytes: more than any file system's time resolution (FAT's is 2 s). A file written again within
    /// one tick of its last write keeps its time; one written this close to a listing is read again.
    /// </summary>
    public static readonly TimeSpan TrustWindow = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Fewer files than this (an edit or two) are read on one thread: starting Parallel.For costs more than
    /// reading them (its code is compiled at run time, even in a ReadyToRun build).
    /// </summary>
    private const int ReadInParallelFrom = 64;

    private InputFingerprint(long listedAtTicks, IReadOnlyList<RecordedInput> files, int filesRead, long bytesRead)
    {
        ListedAtTicks = listedAtTicks;
        Files = files;
        FilesRead = filesRead;
        BytesRead = bytesRead;
    }

    public long ListedAtTicks { get; }

    /// <summary>In ordinal order of the path, as a record keeps them.</summary>
    public IReadOnlyList<RecordedInput> Files { get; }

    /// <summary>Files whose bytes were read because the previous record could not vouch for them.</summary>
    public int FilesRead { get; }

    public long BytesRead { get; }

    /// <summary>
    /// The inputs' sizes and times, no byte read yet; the time of the listing is taken before anything is
    /// listed (see <see cref="BuildRecord.ListedAtTicks"/>).
    /// </summary>
    /// <param name="isIgnored">File and folder names that are not input (the build's own listing rule).</param>
    public static Listing List(IReadOnlyList<InputFolder> folders, Func<string, bool>? isIgnored)
    {
        var listedAt = DateTime.UtcNow.Ticks;
        var listed = folders.SelectMany(folder => FileListing.Under(folder.Path, isIgnored, prefix: folder.Label + "/")).ToArray();
        Array.Sort(listed, (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new Listing(listedAt, listed);
    }

    /// <param name="previous">The last build's record, whose hashes are reused where size and time still match; null reads every file.</param>
    public static InputFingerprint Take(Listing listing, BuildRecord? previous)
    {
        var listed = listing.Files;
        var files = new RecordedInput?[listed.Length];
        if (previous is not null)
        {
            // Both lists are in ordinal order of the path: one walk pairs them.
            var settledBefore = previous.ListedAtTicks - TrustWindow.Ticks;
            var before = previous.Inputs;
            for (int i = 0, j = 0; i < listed.Length && j < before.Count;)
            {
                var (file, known) = (listed[i], before[j]);
                var order = string.CompareOrdinal(file.RelativePath, known.Path);
                if (order == 0 && known.Size == file.Size && known.LastWriteTicks == file.LastWriteTicks && known.LastWriteTicks < settledBefore && known.Hash.Length > 0)
                    files[i] = known;
                i += order <= 0 ? 1 : 0;
                j += order >= 0 ? 1 : 0;
            }
        }

        var unknown = new List<int>();
        for (var i = 0; i < listed.Length; i++)
        {
            if (files[i] is null)
                unknown.Add(i);
        }
        long bytesRead = 0;
        void Read(int k, Hasher hasher)
        {
            var file = listed[unknown[k]];
            files[unknown[k]] = new RecordedInput(file.RelativePath, file.Size, file.LastWriteTicks, hasher.Hash(file));
            Interlocked.Add(ref bytesRead, file.Size);
        }
        if (unknown.Count >= ReadInParallelFrom)
        {
            Parallel.For(0, unknown.Count, () => new Hasher(), (k, _, hasher) =>
            {
                Read(k, hasher);
                return hasher;
            }, _ => { });
        }
        else if (unknown.Count > 0)
        {
            var hasher = new Hasher();
            for (var k = 0; k < unknown.Count; k++)
                Read(k, hasher);
        }
        return new InputFingerprint(listing.ListedAtTicks, files!, unknown.Count, bytesRead);
    }

    /// <param name="Files">Each file with its recorded path ("label/relative") as its relative path, in ordinal order of it.</param>
    public sealed record Listing(long ListedAtTicks, ListedFile[] Files);

    /// <summary>The first difference from the previous record's inputs, or null when every file has the same bytes.</summary>
    public string? DifferenceFrom(BuildRecord previous)
    {
        var before = previous.Inputs;
        for (var i = 0; i < Math.Max(Files.Count, before.Count); i++)
        {
            if (i >= Files.Count)
                return $"{before[i].Path} was removed";
            if (i >= before.Count)
                return $"{Files[i].Path} was added";
            if (Files[i].SameContentAs(before[i]))
                continue;
            var order = string.CompareOrdinal(Files[i].Path, before[i].Path);
            return order == 0 ? $"{Files[i].Path} changed" : order < 0 ? $"{Files[i].Path} was added" : $"{before[i].Path} was removed";
        }
        return null;
    }

    /// <summary>One thread's buffer and hash, reused from file to file.</summary>
    private sealed class Hasher
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private readonly XxHash128 _hash = new();

        /// <summary>The file's hash, or an empty one when it could not be read or changed while being read.</summary>
        public byte[] Hash(ListedFile file)
        {
            try
            {
                using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
                long offset = 0;
                int read;
                while ((read = RandomAccess.Read(handle, _buffer, offset)) > 0)
                {
                    _hash.Append(_buffer.AsSpan(0, read));
                    offset += read;
                }
                var hash = _hash.GetHashAndReset();
                // Compared after reading: a write during the read shows here, and the record must not vouch for a mix.
                var unchanged = offset == file.Size && File.GetLastWriteTimeUtc(handle).Ticks == file.LastWriteTicks;
                return unchanged ? hash : [];
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                // Gone or unreadable since the listing: the build reports what it finds; the record just cannot vouch for it.
                _hash.Reset();
                return [];
            }
        }
    }
}
