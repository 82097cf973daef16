using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// The site's note previews, driven as a reader would: each step answers null when the page behaved,
/// or says what went wrong, so a test can require either outcome.
/// </summary>
public static class NotePreview
{
    public const string MarkerSelector = "a[role=doc-noteref]";
    public const string PopoverSelector = ".note-popover[role=tooltip]";

    private const float Wait = 2000;

    public static async Task<string?> OpenByHoverAsync(IPage tab, ILocator marker)
    {
        await marker.HoverAsync();
        return await ShownForAsync(tab, marker, "hovering");
    }

    /// <summary>Tabs from the top of the page to the first note marker, as a keyboard user would.</summary>
    public static async Task<string?> OpenByKeyboardAsync(IPage tab)
    {
        for (var stop = 0; stop < 100; stop++)
        {
            await tab.Keyboard.PressAsync("Tab");
            if (await tab.EvaluateAsync<bool>($"() => document.activeElement?.matches('{MarkerSelector}') === true"))
                return await ShownForAsync(tab, tab.Locator(":focus"), "focusing it with Tab");
        }
        return "no note marker was reached within 100 presses of Tab";
    }

    public static async Task<string?> CloseByEscapeAsync(IPage tab, ILocator marker)
    {
        await tab.Keyboard.PressAsync("Escape");
        try
        {
            await tab.Locator(PopoverSelector).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = Wait });
        }
        catch (TimeoutException)
        {
            return "the preview was still open after Escape";
        }
        return await marker.GetAttributeAsync("aria-describedby") is { } left
            ? $"after Escape the marker still has aria-describedby=\"{left}\""
            : null;
    }

    // Open means: one visible tooltip, which the marker names as its description, holding the note's text.
    private static async Task<string?> ShownForAsync(IPage tab, ILocator marker, string how)
    {
        var popover = tab.Locator(PopoverSelector);
        try
        {
            await popover.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Wait });
        }
        catch (TimeoutException)
        {
            return $"no {PopoverSelector} appeared after {how} the marker";
        }
        var id = await popover.GetAttributeAsync("id");
        var describedBy = await marker.GetAttributeAsync("aria-describedby");
        if (id is null || describedBy != id)
            return $"the marker's aria-describedby is \"{describedBy}\", not the preview's id \"{id}\"";
        var note = await marker.EvaluateAsync<string?>("a => document.getElementById(decodeURIComponent(a.hash.slice(1)))?.querySelector('.note-body')?.textContent");
        var shown = await popover.TextContentAsync();
        return Flat(shown) == Flat(note) && Flat(note).Length > 0
            ? null
            : $"the preview shows \"{Flat(shown)}\", not the note \"{Flat(note)}\"";
    }

    private static string Flat(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
