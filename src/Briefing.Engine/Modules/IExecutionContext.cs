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

    /// <summary>
    /// Content for a document from its UTF-8 bytes: kept on disk when the run has a spill file (a build, where
    /// thousands of pages would otherwise wait in memory), else in memory (a preview, which keeps results between runs).
    /// Given the document's destination, the content is final: it waits in memory for the Output phase, or, where the run
    /// says to write final content at once, is written there in the output folder now (<see cref="WrittenContent"/>), so
    /// it is neither held nor written twice.
    /// </summary>
    DocumentContent Keep(byte[] utf8, string? destination = null);
}
