using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace Briefing.Engine.BuildRecords;

/// <summary>
/// Every file under a folder with its size and last-write time, in ordinal order of the relative path.
/// A site of 10,000 pages has as many files to look at: the top-level folders are listed side by side,
/// and sizes and times come from the listing itself rather than one more call per file.
/// </summary>
public static class FileListing
{
    /// <param name="isIgnored">Names (of files and folders) that are not listed, nor looked into; null lists everything.</param>
    /// <param name="prefix">Put before every relative path ("input/"), so listings of several folders can be told apart.</param>
    public static IReadOnlyList<ListedFile> Under(string folder, Func<string, bool>? isIgnored = null, string prefix = "")
    {
        if (!Directory.Exists(folder))
            return [];
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var found = new ConcurrentBag<List<ListedFile>>
        {
            Vanishing(() => Files(root, root, isIgnored, prefix, recurse: false)).ToList(),
        };
        var folders = new ConcurrentQueue<string>(Vanishing(() => Folders(root, isIgnored)));
        void ListFolders()
        {
            while (folders.TryDequeue(out var child))
                found.Add(Vanishing(() => Files(child, root, isIgnored, prefix, recurse: true)).ToList());
        }
        // Plain tasks rather than Parallel.ForEach: its first use compiles about 20 ms of generic code at run
        // time even in a ReadyToRun build, as much as listing a small site takes.
        var helpers = new Task[Math.Max(0, Math.Min(Environment.ProcessorCount, folders.Count) - 1)];
        for (var i = 0; i < helpers.Length; i++)
            helpers[i] = Task.Run(ListFolders);
        ListFolders();
        Task.WaitAll(helpers);

        var all = found.SelectMany(list => list).ToArray();
        Array.Sort(all, (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return all;
    }

    /// <summary>
    /// A folder removed while it is listed (a build replacing the output, an editor saving through a new
    /// folder) lists as far as it got: what is missing then differs from any record, which is the answer.
    /// </summary>
    private static IEnumerable<T> Vanishing<T>(Func<IEnumerable<T>> entries)
    {
        IEnumerator<T> each;
        try
        {
            each = entries().GetEnumerator(); // opens the folder
        }
        catch (DirectoryNotFoundException)
        {
            yield break;
        }
        using (each)
        {
            while (true)
            {
                try
                {
                    if (!each.MoveNext())
                        yield break;
                }
                catch (DirectoryNotFoundException)
                {
                    yield break;
                }
                yield return each.Current;
            }
        }
    }

    /// <summary>The folders directly in the root, each to be listed on its own thread.</summary>
    private static FileSystemEnumerable<string> Folders(string root, Func<string, bool>? isIgnored) =>
        new(root, (ref FileSystemEntry entry) => entry.ToFullPath(), Options(recurse: false))
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory && Listed(ref entry, isIgnored),
        };

    private static FileSystemEnumerable<ListedFile> Files(string folder, string root, Func<string, bool>? isIgnored, string prefix, bool recurse)
    {
        var skip = root.Length + 1;
        return new FileSystemEnumerable<ListedFile>(folder, (ref FileSystemEntry entry) =>
        {
            var full = entry.ToFullPath();
            var relative = prefix + full[skip..];
            if (Path.DirectorySeparatorChar != '/')
                relative = relative.Replace(Path.DirectorySeparatorChar, '/');
            return (entry.Attributes & FileAttributes.ReparsePoint) != 0
                ? Linked(full, relative)
                : new ListedFile(full, relative, entry.Length, entry.LastWriteTimeUtc.UtcTicks);
        }, Options(recurse))
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && Listed(ref entry, isIgnored),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => Listed(ref entry, isIgnored),
        };
    }

    private static bool Listed(ref FileSystemEntry entry, Func<string, bool>? isIgnored) =>
        isIgnored is null || !isIgnored(entry.FileName.ToString());

    private static EnumerationOptions Options(bool recurse) => new()
    {
        RecurseSubdirectories = recurse,
        IgnoreInaccessible = true,
        // Hidden entries are the caller's to skip (isIgnored): the attribute means different things on each system.
        AttributesToSkip = 0,
    };

    /// <summary>
    /// A link's own size and time say nothing of the file a build reads through it (the listing describes the
    /// link): those of its final target do. A broken link is listed as a file that matches nothing.
    /// </summary>
    private static ListedFile Linked(string full, string relative)
    {
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target)
                return new ListedFile(full, relative, target.Length, target.LastWriteTimeUtc.Ticks);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // A loop of links, or a target out of reach: as good as broken.
        }
        return new ListedFile(full, relative, -1, 0);
    }
}
