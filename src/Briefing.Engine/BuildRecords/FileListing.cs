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
    public static IReadOnlyList<ListedFile> Under(string folder, Func<string, bool>? isIgnored = null)
    {
        if (!Directory.Exists(folder))
            return [];
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var found = new ConcurrentBag<List<ListedFile>>();
        var top = new List<ListedFile>();
        var folders = new List<string>();
        foreach (var (path, isFolder, file) in Vanishing(() => Entries(root, root, isIgnored, recurse: false)))
        {
            if (isFolder)
                folders.Add(path);
            else
                top.Add(file);
        }
        found.Add(top);
        Parallel.ForEach(folders, child =>
            found.Add(Vanishing(() => Entries(child, root, isIgnored, recurse: true)).Where(e => !e.IsFolder).Select(e => e.File).ToList()));

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

    /// <summary>
    /// A link's own size and time say nothing of the file a build reads through it (the listing describes the
    /// link): those of its final target do. A broken link is listed as a file that matches nothing.
    /// </summary>
    private static ListedFile Linked(string full, string relative)
    {
        try
        {
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
            if (target is { Exists: true })
                return new ListedFile(full, relative, target.Length, target.LastWriteTimeUtc.Ticks);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            // A loop of links, or a target out of reach: as good as broken.
        }
        return new ListedFile(full, relative, -1, 0);
    }

    private static FileSystemEnumerable<(string Path, bool IsFolder, ListedFile File)> Entries(string folder, string root, Func<string, bool>? isIgnored, bool recurse)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recurse,
            IgnoreInaccessible = true,
            // Hidden entries are the caller's to skip (isIgnored): the attribute means different things on each system.
            AttributesToSkip = 0,
        };
        var prefix = root.Length + 1;
        return new FileSystemEnumerable<(string, bool, ListedFile)>(folder, (ref FileSystemEntry entry) =>
        {
            var full = entry.ToFullPath();
            if (entry.IsDirectory)
                return (full, true, default);
            var relative = full[prefix..];
            if (Path.DirectorySeparatorChar != '/')
                relative = relative.Replace(Path.DirectorySeparatorChar, '/');
            if ((entry.Attributes & FileAttributes.ReparsePoint) != 0)
                return (full, false, Linked(full, relative));
            return (full, false, new ListedFile(full, relative, entry.Length, entry.LastWriteTimeUtc.UtcTicks));
        }, options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => isIgnored is null || !isIgnored(entry.FileName.ToString()),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => isIgnored is null || !isIgnored(entry.FileName.ToString()),
        };
    }
}
