using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;

namespace Briefing.Engine.Modules;

/// <summary>What a module may see of the run it is part of.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    /// <summary>The folder the Output phase writes to: a staging folder, swapped in only on success.</summary>
    string OutputFolder { get; }

    DiagnosticBag Diagnostics { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>True when the same pipelines will run again (a preview): modules may keep results to reuse.</summary>
    bool Incremental { get; }

    /// <summary>
    /// The documents another pipeline has produced so far, within the rules of <see cref="Phase"/>:
    /// in Process, only a declared dependency's Process output; from PostProcess on, any pipeline's
    /// Process output, or a dependency's PostProcess output.
    /// </summary>
    IReadOnlyList<Document> OutputsOf(string pipelineName);
}
