namespace Briefing.Html;

/// <summary>
/// HTML the site itself produced (rendered Markdown, note markers, the chart): the only value a
/// template prints without escaping. Everything else is text and is escaped.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
