using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, one line per element that fails one.</summary>
public static class AxeAudit
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Options);
        return result.Violations
            .SelectMany(rule => rule.Nodes.Select(node =>
                $"{rule.Id} ({rule.Impact}): {rule.Help} at `{node.Target}` {Shorten(node.Html)} {Reason(node)}".TrimEnd()))
            .ToList();
    }

    private static string Shorten(string? html)
    {
        var flat = string.Join(' ', (html ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    // The first reason axe gives, e.g. the measured contrast ratio and the colours.
    private static string Reason(AxeResultNode node) =>
        node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message).FirstOrDefault(message => !string.IsNullOrEmpty(message)) is { } reason
            ? "— " + reason
            : "";
}
