using Briefing.Engine.Documents;

namespace Briefing.Engine.Modules;

/// <summary>
/// One job in a pipeline: takes the phase's documents so far and returns the next ones.
/// A list in, a list out (not a stream): most modules are cheap per call, and a list keeps
/// the order of documents fixed whatever the threads do.
/// </summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context);
}
