using System.Reflection;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Diagnostics;

/// <summary>The catalogue in docs/diagnostics.md lists every code the generator can report, and each has a test.</summary>
public sealed class CatalogueCompletenessTests
{
    private static IEnumerable<string> Codes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_code_is_in_the_catalogue()
    {
        var catalogue = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        Assert.All(Codes(), code => Assert.Contains($"| {code} |", catalogue));
    }

    [Fact]
    public void Every_code_is_asserted_by_a_test()
    {
        var tests = string.Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", "Briefing.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(nameof(CatalogueCompletenessTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        Assert.All(Codes(), code => Assert.Contains(code, tests));
    }
}
