using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;

namespace Briefing.Modules;

/// <summary>Writes every document that has a destination into the (staging) output folder.</summary>
public sealed class WriteFiles : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        await Parallel.ForEachAsync(inputs.Where(d => d.Destination is not null), context.CancellationToken, async (document, cancel) =>
        {
            var path = Path.Combine(context.OutputFolder, document.Destination!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await document.Content.WriteToAsync(path, cancel);
        });
        return inputs;
    }
}
