using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Records every securitypolicyviolation event on the page. Playwright injects an init script over the
/// DevTools protocol before the page's own scripts run, and the page's Content-Security-Policy does not
/// apply to it, so it sees violations the console might word differently or not show at all.
/// </summary>
public static class CspRecorder
{
    private const string Script = """
        (() => {
          const seen = [];
          Object.defineProperty(window, '__cspViolations', { value: seen });
          // Capture on the document: violations are dispatched at the offending element and bubble up to it.
          document.addEventListener('securitypolicyviolation', (e) => {
            const where = e.sourceFile ? ` in ${e.sourceFile}:${e.lineNumber}` : '';
            const sample = e.sample ? ` (sample: ${e.sample})` : '';
            seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'an inline resource'}${where}${sample}`);
          }, true);
        })();
        """;

    public static Task InstallAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    /// <summary>The violations so far; fails loudly if the recorder never ran, so a silent recorder cannot pass a page.</summary>
    public static async Task<IReadOnlyList<string>> ReadAsync(IPage page) =>
        await page.EvaluateAsync<string[]?>("() => window.__cspViolations ? [...window.__cspViolations] : null")
            ?? throw new InvalidOperationException($"The CSP recorder's init script did not run in {page.Url}.");
}
