namespace Briefing.Cli;

public enum CommandKind
{
    Build,
    Check,
    Preview,
    Help,
}

/// <summary>The parsed command line: DESIGN.md's CLI contract.</summary>
public sealed record CommandLine(
    CommandKind Command,
    string? Root,
    string? Input,
    string? Output,
    string? BaseUrl,
    bool Drafts,
    bool Strict,
    int Port,
    bool ListExternal,
    bool Timings,
    bool NoCache = false)
{
    public const string Usage = """
        Usage: briefing [build|check|preview] [options]

          build     build the site into the output folder (the default)
          check     build and report problems without writing anything
          preview   build, serve on http://127.0.0.1:PORT and rebuild on change

        Options:
          --root DIR        the site folder holding input/ and theme/ (default: the repository root)
          --input DIR       build another folder of Markdown with the same theme
          --output DIR      where to write the site (default: ROOT/output)
          --base-url URL    the public address, for canonical URLs, the sitemap and the feed
          --drafts          include pages marked draft: true
          --strict          treat warnings as errors
          --list-external   list the external links the pages contain
          --no-cache        build in full even when nothing changed since the last build
          --timings         show the time each module took, per pipeline
          --port N          preview's port (default 8080)
        """;

    /// <summary>Parses arguments; a mistake throws <see cref="UsageException"/> (exit code 2).</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var command = CommandKind.Build;
        var rest = args.ToList();
        if (rest.Count > 0 && !rest[0].StartsWith('-'))
        {
            command = rest[0] switch
            {
                "build" => CommandKind.Build,
                "check" => CommandKind.Check,
                "preview" => CommandKind.Preview,
                "help" => CommandKind.Help,
                var other => throw new UsageException($"unknown command '{other}'{Yaml.Nearest.Hint(other, ["build", "check", "preview", "help"])}"),
            };
            rest.RemoveAt(0);
        }

        var parsed = new CommandLine(command, null, null, null, null, false, false, 8080, false, false);
        for (var i = 0; i < rest.Count; i++)
        {
            string Value() => i + 1 < rest.Count && !rest[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? rest[++i]
                : throw new UsageException($"option '{rest[i]}' needs a value");

            parsed = rest[i] switch
            {
                "--root" => parsed with { Root = Value() },
                "--input" => parsed with { Input = Value() },
                "--output" => parsed with { Output = Value() },
                "--base-url" => parsed with { BaseUrl = Value() },
                "--drafts" => parsed with { Drafts = true },
                "--strict" => parsed with { Strict = true },
                "--list-external" => parsed with { ListExternal = true },
                "--timings" => parsed with { Timings = true },
                "--no-cache" => parsed with { NoCache = true },
                "--port" => parsed with { Port = int.TryParse(Value(), out var port) && port is > 0 and < 65536 ? port : throw new UsageException("--port needs a number from 1 to 65535") },
                "-h" or "--help" => parsed with { Command = CommandKind.Help },
                var other => throw new UsageException($"unknown option '{other}'"),
            };
        }
        if (parsed.BaseUrl is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            throw new UsageException($"--base-url '{url}' is not an absolute URL such as https://example.org");
        return parsed;
    }
}

public sealed class UsageException(string message) : Exception(message);
