using Briefing.Content;
using Briefing.Data;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Markdown;
using Briefing.Markdown.Citations;
using Briefing.Metadata;
using Briefing.Settings;

namespace Briefing.Modules;

/// <summary>
/// A page that has no Markdown of its own (the 404 page): a title, a layout and a fixed address.
/// Its diagnostics name the layout file, the only file an editor can change to fix it.
/// </summary>
public sealed class CreatePage(SiteSettings site, string title, string layout, string url, string destination) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var source = new PageSource(site.DisplayPath(Path.Combine(site.ThemeFolder, "layouts", layout + ".sbn")), destination);
        var markdown = new RenderedMarkdown(title, null, [], [], [], [], new PageNotes());
        var page = Document.Create(null, DocumentContent.Empty)
            .With(SiteKeys.PageSource, source)
            .With(SiteKeys.FrontMatter, new FrontMatter { Title = title, Layout = layout })
            .With(SiteKeys.Url, url)
            .With(SiteKeys.Markdown, markdown)
            .WithDestination(destination);
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, page]);
    }
}
