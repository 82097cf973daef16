namespace Briefing.BrowserTests.Support;

public enum ProblemKind
{
    /// <summary>An error in the console or an exception no script caught.</summary>
    ConsoleError,

    /// <summary>A securitypolicyviolation event: something the Content-Security-Policy blocked.</summary>
    CspViolation,

    /// <summary>A request that failed or answered with an error status.</summary>
    FailedRequest,

    /// <summary>The page is wider than a phone's screen.</summary>
    HorizontalOverflow,

    /// <summary>A rule of axe-core that a WCAG 2.2 AA page must pass.</summary>
    Accessibility,
}

/// <summary>One thing wrong with one page as one browser window shows it.</summary>
public sealed record Problem(SitePage Page, Viewport Viewport, string Scheme, ProblemKind Kind, string What)
{
    public override string ToString() => $"{Page} @ {Viewport}, {Scheme}: [{Kind}] {What}";

    public static string Report(IEnumerable<Problem> problems)
    {
        var list = problems.ToList();
        return list.Count == 0
            ? "no problems"
            : $"{list.Count} problem(s):\n" + string.Join("\n", list.Select(problem => "  " + problem));
    }
}
