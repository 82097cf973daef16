using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// A fresh browser context (its own cookies, cache and settings) at a size and colour scheme, with one tab
/// open on the served site; disposing closes the context.
/// </summary>
public sealed class BrowserWindow : IAsyncDisposable
{
    private BrowserWindow(IBrowserContext context, IPage tab)
    {
        Context = context;
        Tab = tab;
    }

    public IBrowserContext Context { get; }

    public IPage Tab { get; }

    /// <param name="beforeFirstPage">Runs on the context before the tab opens, e.g. to add an init script.</param>
    public static async Task<BrowserWindow> OpenAsync(
        IBrowser browser, ServedSite site, Viewport viewport, ColorScheme scheme, bool javaScript = true, Func<IBrowserContext, Task>? beforeFirstPage = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Address.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });
        // A step that cannot happen fails in seconds, not after Playwright's default 30.
        context.SetDefaultTimeout(10_000);
        try
        {
            if (beforeFirstPage is not null)
                await beforeFirstPage(context);
            return new BrowserWindow(context, await context.NewPageAsync());
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    public static string Name(ColorScheme scheme) => scheme == ColorScheme.Dark ? "dark" : "light";

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
