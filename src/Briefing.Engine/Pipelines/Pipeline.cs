using Briefing.Engine.Modules;

namespace Briefing.Engine.Pipelines;

/// <summary>A named list of modules per phase, with the pipelines whose documents it reads.</summary>
public sealed class Pipeline(string name)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public IReadOnlyList<IModule> Input { get; init; } = [];

    public IReadOnlyList<IModule> Process { get; init; } = [];

    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    public IReadOnlyList<IModule> Output { get; init; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };

    public override string ToString() => Name;
}
