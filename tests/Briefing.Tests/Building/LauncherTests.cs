using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

/// <summary>
/// src/briefing.sh, the README's build command: it publishes the generator only when what it is compiled
/// from changed, then runs it with every argument and its exit code. Run here in a throwaway copy of the
/// repository's shape with a stand-in `dotnet` that records each call, so no real build is needed.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    // Publishes a native generator (a script standing in for Native AOT's executable) when asked for
    // Native AOT, unless FAKE_NO_NATIVE names a file that exists (a machine whose native compile fails);
    // otherwise a Briefing.dll, which the launcher runs with `dotnet`.
    private const string FakeDotnet = """
        #!/usr/bin/env bash
        if [ "$1" = publish ]; then
          echo publish >>"$FAKE_LOG"
          if [ -f "$FAKE_FAIL" ]; then echo "src/Briefing/Program.cs(1,1): error CS1002: ; expected"; exit 1; fi
          native=false
          for arg in "$@"; do [ "$arg" = -p:PublishAot=true ] && native=true; done
          if [ "$native" = true ] && [ -f "$FAKE_NO_NATIVE" ]; then echo "error : Platform linker not found"; exit 1; fi
          while [ $# -gt 0 ]; do [ "$1" = -o ] && out=$2; shift; done
          mkdir -p "$out"
          if [ "$native" = true ]; then
            cat >"$out/Briefing" <<'NATIVE'
        #!/usr/bin/env bash
        echo run >>"$FAKE_LOG"
        printf 'ran natively'; printf ' [%s]' "$@"; printf '\n'
        exit "${FAKE_EXIT:-0}"
        NATIVE
            chmod +x "$out/Briefing"
          else
            echo "a generator" >"$out/Briefing.dll"
          fi
          exit 0
        fi
        echo run >>"$FAKE_LOG"
        shift
        printf 'ran'; printf ' [%s]' "$@"; printf '\n'
        exit "${FAKE_EXIT:-0}"
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefing-tests", "launcher-" + Guid.NewGuid().ToString("N"));

    public LauncherTests()
    {
        Write("src/briefing.sh", File.ReadAllText(Path.Combine(Repository.Root, "src", "briefing.sh")));
        Write("src/Briefing/Briefing.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        Write("src/Briefing/Program.cs", "return 0;\n");
        Write("src/Briefing.Engine/Engine.cs", "namespace E;\n");
        Write("Statiq.config.cs", "// pipelines\n");
        Write("Directory.Build.props", "<Project />\n");
        Write("global.json", "{}\n");
        Write("input/index.md", "# Home\n");
        Write("fake/dotnet", FakeDotnet);
        // A C linker for Native AOT, whatever this machine has: only its presence is looked at.
        Write("fake/clang", "#!/usr/bin/env bash\nexit 0\n");
        // The real sha256sum (the next one on PATH), each call counted.
        Write("fake/sha256sum", "#!/usr/bin/env bash\necho hash >>\"$FAKE_HASH_LOG\"\nPATH=${PATH#*:} exec sha256sum \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            foreach (var tool in new[] { "dotnet", "clang", "sha256sum" })
                File.SetUnixFileMode(Path.Combine(_root, "fake", tool), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Log => Path.Combine(_root, "fake", "calls.log");

    [Fact]
    public void A_fresh_clone_publishes_first_then_runs_with_every_argument()
    {
        var run = Launch("build", "--output", "a folder with spaces", "--strict");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["publish", "run"], Calls());
        Assert.Equal("ran natively [build] [--output] [a folder with spaces] [--strict]\n", run.Stdout);
        Assert.Contains("publishing the generator", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_native_compile_fails_the_generator_is_published_with_ReadyToRun_and_run_by_dotnet()
    {
        Write("fake/no-native", "");
        var first = Launch("build", "--strict");
        var second = Launch("build");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["publish", "publish", "run", "run"], Calls());
        Assert.Equal("ran [build] [--strict]\n", first.Stdout);
        Assert.Contains("the Native AOT publish failed", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("Platform linker not found", File.ReadAllText(Path.Combine(_root, "src", "Briefing", "obj", "launcher-build.log.native")), StringComparison.Ordinal);
        Assert.Equal("ran [build]\n", second.Stdout);
        Assert.False(File.Exists(Path.Combine(_root, "src", "Briefing", "bin", "launcher", "Briefing")), "a ReadyToRun publish starts from an empty folder");
    }

    [Fact]
    public void An_unchanged_checkout_runs_the_published_generator_without_building()
    {
        Launch("build");
        var again = Launch("build");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src", "Briefing", "Program.cs"), DateTime.UtcNow.AddMinutes(1));
        Write("input/index.md", "# Home, edited\n");
        Write("src/Briefing/obj/Release/x.cache", "MSBuild's own files do not count\n");
        var touched = Launch("build");

        Assert.Equal(["publish", "run", "run", "run"], Calls());
        Assert.Equal("", again.Stderr);
        Assert.Equal("", touched.Stderr);
    }

    [Fact]
    public void Sources_unchanged_since_the_last_check_are_not_hashed_again_and_a_copy_keeping_the_old_time_is_still_seen()
    {
        // The check trusts only what changed one to two seconds (it counts whole seconds) before it started:
        // the sources written above, then the bin/ and obj/ folders the first publish makes beside them, age first.
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        Launch("build");
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        Launch("build");
        var afterPublish = HashCalls();
        Launch("build");
        var afterUnchanged = HashCalls();
        // New bytes of the same length under the old modification time, as `cp -p` or `rsync -a` leave them.
        var program = Path.Combine(_root, "src", "Briefing", "Program.cs");
        var time = File.GetLastWriteTimeUtc(program);
        File.WriteAllText(program, "return 1;\n");
        File.SetLastWriteTimeUtc(program, time);
        Launch("build");

        Assert.True(afterPublish > 0, "the first run hashes the sources");
        Assert.Equal(afterPublish, afterUnchanged);
        Assert.Equal(["publish", "run", "run", "run", "publish", "run"], Calls());
    }

    [Theory]
    [InlineData("Statiq.config.cs")]
    [InlineData("src/Briefing/Program.cs")]
    [InlineData("src/Briefing/Briefing.csproj")]
    [InlineData("src/Briefing.Engine/Engine.cs")]
    [InlineData("Directory.Build.props")]
    [InlineData("global.json")]
    public void An_edit_to_what_the_generator_is_compiled_from_publishes_again(string path)
    {
        Launch("build");
        File.AppendAllText(Path.Combine(_root, path), "\n");
        Launch("build");
        Launch("build");

        Assert.Equal(["publish", "run", "publish", "run", "run"], Calls());
    }

    [Fact]
    public void A_new_or_deleted_source_file_publishes_again()
    {
        Launch("build");
        Write("src/Briefing/Extra.cs", "namespace B;\n");
        Launch("build");
        File.Delete(Path.Combine(_root, "src", "Briefing", "Extra.cs"));
        Launch("build");

        Assert.Equal(["publish", "run", "publish", "run", "publish", "run"], Calls());
    }

    [Fact]
    public void A_generator_written_there_by_something_else_is_published_again()
    {
        Launch("build");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "src", "Briefing", "bin", "launcher", "Briefing"), DateTime.UtcNow.AddMinutes(1));
        Launch("build");

        Assert.Equal(["publish", "run", "publish", "run"], Calls());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_generators_exit_code_is_the_launchers(int code)
    {
        var run = Launch(new Dictionary<string, string> { ["FAKE_EXIT"] = code.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "build");

        Assert.Equal(code, run.ExitCode);
    }

    [Fact]
    public void A_generator_that_does_not_compile_shows_the_compiler_error_and_exits_1_without_running()
    {
        Write("fake/fail", "");
        var failed = Launch("build");
        File.Delete(Path.Combine(_root, "fake", "fail"));
        var fixedRun = Launch("build");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("src/Briefing/Program.cs(1,1): error CS1002", failed.Stderr, StringComparison.Ordinal);
        Assert.Equal("", failed.Stdout);
        Assert.Equal(0, fixedRun.ExitCode);
        Assert.Equal(["publish", "publish", "run"], Calls());
    }

    [Fact]
    public void The_readme_and_the_netlify_build_use_the_launcher()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var netlify = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "netlify-build.sh"));

        Assert.Contains("\nbash src/briefing.sh build ", readme, StringComparison.Ordinal);
        Assert.Contains("\nbash src/briefing.sh build --strict --base-url \"$base_url\"", netlify, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
    }

    private string[] Calls() => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    private int HashCalls() => File.Exists(Path.Combine(_root, "fake", "hashes.log")) ? File.ReadAllLines(Path.Combine(_root, "fake", "hashes.log")).Length : 0;

    private (int ExitCode, string Stdout, string Stderr) Launch(params string[] args) => Launch(new Dictionary<string, string>(), args);

    private (int ExitCode, string Stdout, string Stderr) Launch(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(_root, "src", "briefing.sh"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["PATH"] = Path.Combine(_root, "fake") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_LOG"] = Log;
        start.Environment["FAKE_HASH_LOG"] = Path.Combine(_root, "fake", "hashes.log");
        start.Environment["FAKE_FAIL"] = Path.Combine(_root, "fake", "fail");
        start.Environment["FAKE_NO_NATIVE"] = Path.Combine(_root, "fake", "no-native");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
