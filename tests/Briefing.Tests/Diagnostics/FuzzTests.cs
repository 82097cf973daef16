using System.Text;
using Briefing.Anchors;
using Briefing.Tests.Support;
using Xunit.Abstractions;

namespace Briefing.Tests.Diagnostics;

/// <summary>
/// Random byte and line mutations of the real site's input files never crash or hang the generator:
/// every case ends in a build or in diagnostics, never in an internal error. Fixed seed, bounded
/// count (FUZZ_CASES, 300 by default), so a failure can be replayed.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261124;

    private static readonly string[] Fragments =
    [
        "---\n", "[@", "[@comparison", "]", "[^1]", "[^1]: note\n", "{{ page.title }}", "{%", "<script>", "<a onclick=x>", "<div id=\"x\">",
        ":", "- ", "  ", "\t", "\"", "'", "#", "](", "](missing.md)", "](#nowhere)", "|", "\r\n", "\0", "\uFFFD", "&", "&#", "<!--", "```", "> ", "* ",
    ];

    [Fact]
    public async Task Mutated_inputs_end_in_a_build_or_in_diagnostics()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : 300;
        using var site = new TestSite().WithRealInput();
        var files = Directory.EnumerateFiles(site.Input, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var random = new Random(Seed);
        var outcomes = new Dictionary<int, int>();

        for (var i = 0; i < cases; i++)
        {
            var file = files[random.Next(files.Count)];
            var original = File.ReadAllBytes(file);
            var (mutated, how) = Mutate(original, random);
            File.WriteAllBytes(file, mutated);
            try
            {
                var build = Task.Run(() => site.Build(writeOutput: false));
                var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60)));
                Assert.True(finished == build, $"case {i} ({how} in {file}) did not finish");
                var run = await build;
                var label = $"case {i}: {how} in {Path.GetRelativePath(site.Root, file)}\n{run}";
                Assert.True(run.ExitCode is 0 or 1, label);
                Assert.DoesNotContain(run.Diagnostics, d => d.Code == "BRF000");
                if (run.ExitCode == 1)
                    Assert.Contains(run.Diagnostics, d => d.IsError && d.Location.File.Length > 0);
                outcomes[run.ExitCode] = outcomes.GetValueOrDefault(run.ExitCode) + 1;
            }
            finally
            {
                File.WriteAllBytes(file, original);
            }
        }

        var summary = $"Fuzz: {cases} cases (seed {Seed}): {outcomes.GetValueOrDefault(0)} built, {outcomes.GetValueOrDefault(1)} ended in diagnostics, 0 crashed or hung.";
        output.WriteLine(summary);
        Console.WriteLine(summary);
    }

    private static (byte[] Bytes, string How) Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        switch (random.Next(7))
        {
            case 0:
                for (var k = 0; k < 1 + random.Next(8) && bytes.Count > 0; k++)
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                return ([.. bytes], "flipped bytes");
            case 1:
                bytes.InsertRange(random.Next(bytes.Count + 1), Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                return ([.. bytes], "inserted a fragment");
            case 2:
                if (lines.Count > 1)
                    lines.RemoveAt(random.Next(lines.Count));
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "deleted a line");
            case 3:
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "duplicated a line");
            case 4:
                var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "swapped two lines");
            case 5:
                return ([.. bytes.Take(random.Next(bytes.Count + 1))], "truncated the file");
            default:
                var at = random.Next(lines.Count);
                lines[at] = new string(' ', random.Next(6)) + lines[at];
                return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "re-indented a line");
        }
    }
}
