using Briefing;
using Briefing.Cli;
using Briefing.Settings;

try
{
    var command = CommandLine.Parse(args);
    if (command.Command == CommandKind.Help)
    {
        Console.WriteLine(CommandLine.Usage);
        return BuildCommand.Succeeded;
    }

    var root = Path.GetFullPath(command.Root ?? SiteRoot.Find(Directory.GetCurrentDirectory()));
    var site = SiteSettings.ForRoot(root, command.Input, command.Output) with
    {
        BaseUrl = command.BaseUrl?.TrimEnd('/'),
        IncludeDrafts = command.Drafts,
        Strict = command.Strict,
    };

    if (command.Command == CommandKind.Preview)
        return await PreviewCommand.RunAsync(site, command.Port);

    var outcome = await BuildCommand.RunAsync(site, writeOutput: command.Command == CommandKind.Build, Console.Out, Console.Error, command.ListExternal, command.Timings,
        reuseUnchanged: !command.NoCache);
    return outcome.ExitCode;
}
catch (UsageException problem)
{
    Console.Error.WriteLine($"briefing: error: {problem.Message}");
    Console.Error.WriteLine(CommandLine.Usage);
    return BuildCommand.UsageError;
}
