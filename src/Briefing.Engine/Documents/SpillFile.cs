using Microsoft.Win32.SafeHandles;

namespace Briefing.Engine.Documents;

/// <summary>
/// One temporary file that holds documents' text between phases, so that while a large site is processed its
/// pages wait on disk (in the page cache) rather than in the heap: a build's memory then grows with what it
/// knows of each page, not with the pages' text. Writes go to offsets reserved atomically, so every core
/// appends at once; reads are positioned too. The file has no name once opened on Unix (it lives while open,
/// so even a killed build leaves nothing behind) and is deleted on close on Windows.
/// </summary>
public sealed class SpillFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _length;

    private SpillFile(SafeFileHandle handle) => _handle = handle;

    /// <summary>A new, empty spill file in <paramref name="folder"/> (which should be on the same disk as the output).</summary>
    public static SpillFile CreateIn(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $".spill-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var windows = OperatingSystem.IsWindows();
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete,
            windows ? FileOptions.DeleteOnClose : FileOptions.None);
        if (!windows)
            File.Delete(path);
        return new SpillFile(handle);
    }

    /// <summary>Writes the bytes to the file and returns content that reads them back when asked.</summary>
    public DocumentContent Keep(byte[] bytes)
    {
        var offset = Interlocked.Add(ref _length, bytes.Length) - bytes.Length;
        RandomAccess.Write(_handle, bytes, offset);
        return new SpilledContent(this, offset, bytes.Length);
    }

    internal byte[] Read(long offset, int length)
    {
        var bytes = new byte[length];
        for (var read = 0; read < length;)
        {
            var count = RandomAccess.Read(_handle, bytes.AsSpan(read), offset + read);
            if (count == 0)
                throw new EndOfStreamException("The spill file ended before a document's content: it was truncated while the build ran.");
            read += count;
        }
        return bytes;
    }

    public void Dispose() => _handle.Dispose();
}
