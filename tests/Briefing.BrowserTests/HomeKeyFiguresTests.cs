using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The key figures on the front page: on a phone the cards fit the screen, and the title still opens the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomeKeyFiguresTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task At_390_px_the_cards_fit_the_screen_and_the_title_is_in_the_first_third(ColorScheme scheme)
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Phone, scheme);
        var tab = window.Tab;
        await tab.GotoAsync("/");

        var title = await tab.Locator("main h1").BoundingBoxAsync();
        Assert.NotNull(title);
        Assert.True(title!.Y <= Viewport.Phone.Height / 3.0, $"the title starts at y={title.Y:0}, below the first third");

        var cards = tab.Locator(".key-figures .figure-card");
        var count = await cards.CountAsync();
        Assert.True(count > 0, "no key-figure card on the front page");
        Assert.Null(await OverflowProbe.FindAsync(tab));
        var width = await tab.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        for (var i = 0; i < count; i++)
        {
            var card = cards.Nth(i);
            await card.ScrollIntoViewIfNeededAsync();
            var box = await card.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width + 0.5, $"card {i + 1} spans {box?.X:0} to {box?.X + box?.Width:0} in a {width:0} px window");
            // Nothing inside a card reaches past its edge (a long figure, a mark, a note number).
            var outside = await card.EvaluateAsync<string?>("""
                card => {
                  const edge = card.getBoundingClientRect().right + 0.5;
                  const out = Array.from(card.querySelectorAll('*')).find(el => el.getBoundingClientRect().right > edge);
                  return out ? `${out.tagName.toLowerCase()}.${out.className} '${out.textContent.trim().slice(0, 40)}'` : null;
                }
                """);
            Assert.True(outside is null, $"card {i + 1}: {outside} sticks out of the card");
            Assert.True(await card.Locator("dd, .figure-none").First.IsVisibleAsync(), $"card {i + 1} shows no figure");
        }
    }
}
