using System.Security.Cryptography;
using Briefing.Cli;
using Briefing.Engine.Diagnostics;
using Briefing.Settings;

namespace Briefing.Tests.Support;

/// <summary>
/// A throwaway site folder: input/ written by the test, theme/ copied from the repository
/// (or written by the test), built in-process through the same command the CLI runs.
/// </summary>
public sealed class TestSite : IDisposable
{
    public TestSite(bool withTheme = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "input"));
        if (withTheme)
            CopyFolder(Repository.Theme, Path.Combine(Root, "theme"));
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public TestSite Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TestSite WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Copies the repository's real input/ (pages and data), for tests of the briefing itself.</summary>
    public TestSite WithRealInput()
    {
        CopyFolder(Repository.Input, Input);
        return this;
    }

    public SiteSettings Settings(bool strict = false, bool drafts = false) =>
        SiteSettings.ForRoot(Root) with { BaseUrl = "https://briefing.test", Strict = strict, IncludeDrafts = drafts };

    public BuildRun Build(bool strict = false, bool drafts = false, bool writeOutput = true) => Build(Settings(strict, drafts), writeOutput);

    public static BuildRun Build(SiteSettings settings, bool writeOutput = true)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var outcome = BuildCommand.RunAsync(settings, writeOutput, output, errors).GetAwaiter().GetResult();
        return new BuildRun(outcome.ExitCode, output.ToString(), errors.ToString(), outcome.Result?.Diagnostics ?? []);
    }

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Output, path));

    /// <summary>Every output file with a hash of its bytes, to prove a failed build changed nothing.</summary>
    public IReadOnlyDictionary<string, string> HashOutput() => HashFolder(Output);

    public static IReadOnlyDictionary<string, string> HashFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(p => Path.GetRelativePath(folder, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))))
            : new Dictionary<string, string>();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

public sealed record BuildRun(int ExitCode, string Output, string Errors, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<Diagnostic> ErrorDiagnostics => Diagnostics.Where(d => d.IsError).ToList();

    public IReadOnlyList<Diagnostic> Warnings => Diagnostics.Where(d => d.IsWarning).ToList();

    public Diagnostic Single(string code) => Assert.Single(Diagnostics, d => d.Code == code);

    public override string ToString() => $"exit {ExitCode}\n{Errors}\n{Output}";
}
