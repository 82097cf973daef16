namespace Briefing.Engine.Pipelines;

/// <summary>Checks the declared pipelines before anything runs, so a mistake names both pipelines involved.</summary>
internal static class PipelineGraph
{
    public static void Validate(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.OrdinalIgnoreCase);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
                throw new PipelineConfigurationException($"Two pipelines are named '{pipeline.Name}'.");
        }

        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!byName.ContainsKey(dependency))
                    throw new PipelineConfigurationException(
                        $"Pipeline '{pipeline.Name}' depends on '{dependency}', which is not declared.");
            }
        }

        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        var path = new Stack<string>();
        foreach (var pipeline in pipelines)
            Visit(pipeline.Name);

        void Visit(string name)
        {
            if (state.TryGetValue(name, out var done))
            {
                if (done)
                    return;
                var cycle = path.Reverse().SkipWhile(n => !n.Equals(name, StringComparison.OrdinalIgnoreCase)).Append(name);
                throw new PipelineConfigurationException(
                    $"Pipelines depend on each other in a cycle: {string.Join(" -> ", cycle.Select(n => $"'{n}'"))}.");
            }

            state[name] = false;
            path.Push(name);
            foreach (var dependency in byName[name].Dependencies)
                Visit(dependency);
            path.Pop();
            state[name] = true;
        }
    }
}
