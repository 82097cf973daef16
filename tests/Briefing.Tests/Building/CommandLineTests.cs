using Briefing.Cli;

namespace Briefing.Tests.Building;

public sealed class CommandLineTests
{
    [Fact]
    public void A_bare_command_line_builds()
    {
        var parsed = CommandLine.Parse([]);
        Assert.Equal(CommandKind.Build, parsed.Command);
        Assert.False(parsed.Strict);
    }

    [Fact]
    public void Every_option_of_the_contract_is_read()
    {
        var parsed = CommandLine.Parse(["build", "--root", "r", "--input", "i", "--output", "o", "--base-url", "https://x.org", "--drafts", "--strict", "--list-external", "--timings"]);
        Assert.Equal(new CommandLine(CommandKind.Build, "r", "i", "o", "https://x.org", true, true, 8080, true, true), parsed);
        Assert.Equal(9000, CommandLine.Parse(["preview", "--port", "9000"]).Port);
        Assert.Equal(CommandKind.Check, CommandLine.Parse(["check"]).Command);
    }

    [Theory]
    [InlineData("biuld")]
    [InlineData("build --nope")]
    [InlineData("build --output")]
    [InlineData("preview --port 99999")]
    [InlineData("build --base-url not-a-url")]
    public void Mistakes_on_the_command_line_are_usage_errors(string line)
    {
        var problem = Assert.Throws<UsageException>(() => CommandLine.Parse(line.Split(' ')));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void A_misspelt_command_gets_a_suggestion()
    {
        var problem = Assert.Throws<UsageException>(() => CommandLine.Parse(["biuld"]));
        Assert.Equal("unknown command 'biuld'; did you mean 'build'?", problem.Message);
    }
}
