using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>A citation marker previews its note: on hover, on keyboard focus, and Escape closes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotePreviewTests(BrowserFixture browser)
{
    [Fact]
    public async Task Hovering_a_marker_shows_its_note_and_Escape_closes_it()
    {
        // In a table: running text has its notes in the margin at this width, tables keep the preview.
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        await window.Tab.GotoAsync("/matrix/");
        var marker = window.Tab.Locator($"table {NotePreview.MarkerSelector}").First;

        Assert.Null(await NotePreview.OpenByHoverAsync(window.Tab, marker));
        Assert.Null(await NotePreview.CloseByEscapeAsync(window.Tab, marker));
    }

    [Fact]
    public async Task On_a_wide_screen_a_marker_with_its_note_in_the_margin_opens_no_preview()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        await window.Tab.GotoAsync("/");
        var marker = window.Tab.Locator($"sup.note-ref:has(+ .sidenote) > {NotePreview.MarkerSelector}").First;

        await marker.HoverAsync();
        await window.Tab.WaitForTimeoutAsync(300);
        Assert.Equal(0, await window.Tab.Locator(NotePreview.PopoverSelector).CountAsync());
    }

    [Fact]
    public async Task Focusing_a_marker_with_the_keyboard_shows_its_note_and_Escape_closes_it()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Phone, ColorScheme.Dark);
        await window.Tab.GotoAsync("/");

        Assert.Null(await NotePreview.OpenByKeyboardAsync(window.Tab));
        Assert.Null(await NotePreview.CloseByEscapeAsync(window.Tab, window.Tab.Locator(":focus")));
    }
}
