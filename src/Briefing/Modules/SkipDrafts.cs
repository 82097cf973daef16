using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Settings;

namespace Briefing.Modules;

/// <summary>Leaves out pages marked <c>draft: true</c>, unless the build was asked for drafts.</summary>
public sealed class SkipDrafts(SiteSettings site) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(
            site.IncludeDrafts ? inputs : inputs.Where(d => !d.Get(SiteKeys.FrontMatter).Draft).ToList());
}
