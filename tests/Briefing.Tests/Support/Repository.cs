namespace Briefing.Tests.Support;

/// <summary>The repository the tests run in: its real theme/ and input/ are used as fixtures.</summary>
public static class Repository
{
    public static string Root { get; } = Cli.SiteRoot.Find(AppContext.BaseDirectory);

    public static string Theme => Path.Combine(Root, "theme");

    public static string Input => Path.Combine(Root, "input");
}
