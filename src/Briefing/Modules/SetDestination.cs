using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;

namespace Briefing.Modules;

/// <summary>Publishes files at the path they have in their folder (images, CSS, anything copied as it is).</summary>
public sealed class SetDestination : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Task.FromResult<IReadOnlyList<Document>>(inputs.Select(d => d.WithDestination(d.Get(SiteKeys.PageSource).InputPath)).ToList());
}
