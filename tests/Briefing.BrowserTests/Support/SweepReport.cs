using Xunit.Abstractions;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Tells where the screenshots and the full list of problems are. `dotnet test` shows a passing test's
/// ITestOutputHelper lines only at detailed verbosity, so the same lines also go to the console and a file.
/// </summary>
public static class SweepReport
{
    private static int _printedToConsole;

    public static string FilePath => Path.Combine(Screenshots.Folder, "problems.txt");

    public static void Publish(IReadOnlyList<Problem> problems, ITestOutputHelper output)
    {
        var lines = new[]
        {
            $"Browser screenshots: {Screenshots.Folder}",
            $"Browser problems ({problems.Count}): {FilePath}",
        };
        foreach (var line in lines)
            output.WriteLine(line);
        if (Interlocked.Exchange(ref _printedToConsole, 1) == 1)
            return;
        File.WriteAllText(FilePath, Problem.Report(problems) + "\n");
        foreach (var line in lines)
            Console.WriteLine(line);
    }
}
