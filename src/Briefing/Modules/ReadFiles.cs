using Briefing.Content;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Settings;

namespace Briefing.Modules;

/// <summary>
/// Reads the files of a folder that a filter selects, in a fixed (ordinal) order. Text files are
/// decoded as strict UTF-8; other files are only referenced, to be copied byte for byte.
/// Later folders override earlier ones file by file, which is how input/ overrides theme/.
/// A file whose time and size are unchanged since the last run keeps its document (preview rebuilds).
/// </summary>
public sealed class ReadFiles(SiteSettings site, IReadOnlyList<string> folders, Func<string, bool> include, bool asText = true) : IModule
{
    private readonly ResultCache<Document?> _cache = new();

    public ReadFiles(SiteSettings site, string folder, Func<string, bool> include, bool asText = true)
        : this(site, [folder], include, asText)
    {
    }

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var chosen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var (path, relative) in InputFiles.Under(site, folder).Where(f => include(f.Relative)))
                chosen[relative] = path;
        }

        var documents = new Document?[chosen.Count];
        var files = chosen.ToArray();
        Parallel.For(0, files.Length, i =>
        {
            var (relative, path) = files[i];
            var display = site.DisplayPath(path);
            var info = new FileInfo(path);
            documents[i] = _cache.GetOrCompute(path, [info.LastWriteTimeUtc, info.Length, relative], context, diagnostics =>
            {
                DocumentContent content;
                if (!asText)
                    content = new FileContent(path);
                else if (TextFile.ReadUtf8(path, display, out var notUtf8) is { } bytes)
                    content = context.Keep(bytes);
                else
                {
                    diagnostics.Report(notUtf8!);
                    return null;
                }
                return Document.Create(display, content).With(SiteKeys.PageSource, new PageSource(display, relative));
            });
        });
        return Task.FromResult<IReadOnlyList<Document>>(inputs.Concat(documents.OfType<Document>()).ToList());
    }
}
