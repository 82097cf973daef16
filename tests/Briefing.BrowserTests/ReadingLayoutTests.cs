using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>
/// The reading layout on every page: on a wide screen each note of the running text stands in the margin
/// beside its marker and no two overlap, in a column of 60 to 75 characters; on a phone the title comes
/// early; without JavaScript the notes are all at the end of the page and every marker reaches its note.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingLayoutTests(BrowserFixture browser)
{
    // How far a sidenote may stand from its marker's line, or below the sidenote before it, in CSS pixels.
    private const double Slack = 24;

    private IEnumerable<SitePage> Pages => browser.RealSite.Pages;

    [Fact]
    public async Task At_1440_px_each_sidenote_stands_in_the_margin_beside_its_marker_and_none_overlap()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var problems = new List<string>();
        var total = 0;
        foreach (var page in Pages)
        {
            await window.Tab.GotoAsync(page.UrlPath);
            var notes = await window.Tab.EvaluateAsync<SidenoteBox[]>("""
                () => Array.from(document.querySelectorAll('.sidenote')).map(side => {
                  const r = side.getBoundingClientRect();
                  const marker = side.previousElementSibling.getBoundingClientRect();
                  const block = side.parentElement.getBoundingClientRect();
                  return { text: side.textContent.trim().slice(0, 40), visible: getComputedStyle(side).display !== 'none',
                           top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right,
                           markerTop: marker.top + scrollY, markerBottom: marker.bottom + scrollY, textRight: block.right };
                })
                """);
            total += notes.Length;
            for (var i = 0; i < notes.Length; i++)
            {
                var note = notes[i];
                var where = $"{page}: sidenote {i + 1} \"{note.Text}\"";
                if (!note.Visible || note.Bottom - note.Top < 1)
                {
                    problems.Add($"{where} is not shown");
                    continue;
                }
                if (note.Left < note.TextRight)
                    problems.Add($"{where} starts at x={note.Left:0}, inside the text column that ends at x={note.TextRight:0}");
                if (note.Right > Viewport.Desktop.Width)
                    problems.Add($"{where} runs off the window at x={note.Right:0}");
                var besideMarker = note.Top <= note.MarkerBottom + Slack && note.Bottom >= note.MarkerTop - Slack;
                var belowPrevious = i > 0 && note.Top > note.MarkerTop && note.Top - notes[i - 1].Bottom <= Slack;
                if (!besideMarker && !belowPrevious)
                    problems.Add($"{where} stands at y={note.Top:0}, its marker at y={note.MarkerTop:0}, and nothing above pushed it there");
                for (var j = 0; j < i; j++)
                {
                    var other = notes[j];
                    if (note.Top < other.Bottom && other.Top < note.Bottom && note.Left < other.Right && other.Left < note.Right)
                        problems.Add($"{where} overlaps sidenote {j + 1} \"{other.Text}\"");
                }
            }
        }
        Assert.True(total > 20, $"only {total} sidenotes on the whole site");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task At_1440_px_running_text_is_60_to_75_characters_a_line()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light);
        var problems = new List<string>();
        foreach (var page in Pages)
        {
            await window.Tab.GotoAsync(page.UrlPath);
            // The longest paragraph's characters per line: its width over the mean width of its characters set on one line.
            var perLine = await window.Tab.EvaluateAsync<double>("""
                () => {
                  const paragraphs = Array.from(document.querySelectorAll('.prose > p'));
                  if (paragraphs.length === 0) return 0;
                  const p = paragraphs.reduce((a, b) => b.textContent.length > a.textContent.length ? b : a);
                  const probe = document.createElement('span');
                  probe.textContent = p.textContent.replace(/\s+/g, ' ');
                  probe.style.whiteSpace = 'nowrap';
                  probe.style.position = 'absolute';
                  p.append(probe);
                  const mean = probe.getBoundingClientRect().width / probe.textContent.length;
                  probe.remove();
                  return p.clientWidth / mean;
                }
                """);
            if (perLine != 0 && (perLine < 60 || perLine > 75))
                problems.Add($"{page}: {perLine:0} characters a line");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task At_390_by_844_the_title_starts_in_the_first_third_and_the_header_takes_under_a_quarter()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Phone, ColorScheme.Light);
        var problems = new List<string>();
        foreach (var page in Pages)
        {
            await window.Tab.GotoAsync(page.UrlPath);
            var title = await window.Tab.Locator("h1").First.BoundingBoxAsync();
            var header = await window.Tab.Locator(".site-header").BoundingBoxAsync();
            if (title is null || title.Y > Viewport.Phone.Height / 3.0)
                problems.Add($"{page}: the title starts at y={title?.Y:0}, below the first third ({Viewport.Phone.Height / 3})");
            if (header is null || header.Height > Viewport.Phone.Height / 4.0)
                problems.Add($"{page}: the header is {header?.Height:0} px tall, over a quarter of the screen");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Without_javascript_every_marker_reaches_its_note_at_the_end_and_nothing_is_hidden_half_made()
    {
        await using var window = await BrowserWindow.OpenAsync(browser.Browser, browser.RealSite, Viewport.Desktop, ColorScheme.Light, javaScript: false);
        var problems = new List<string>();
        foreach (var page in Pages)
        {
            await window.Tab.GotoAsync(page.UrlPath);
            var found = await window.Tab.EvaluateAsync<string[]>("""
                () => {
                  const wrong = [];
                  if (document.querySelector('.sidenote, .note-popover')) wrong.push('a sidenote or preview exists without JavaScript');
                  const h1 = document.querySelector('h1');
                  if (!h1 || h1.getBoundingClientRect().height === 0) wrong.push('no visible title');
                  for (const marker of document.querySelectorAll('a[role=doc-noteref]')) {
                    const note = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
                    if (!note || !note.closest('section.notes')) wrong.push(`marker ${marker.id} does not reach a note at the end`);
                    else if (note.getBoundingClientRect().height === 0) wrong.push(`note ${note.id} is not shown`);
                  }
                  return wrong;
                }
                """);
            problems.AddRange(found.Select(what => $"{page}: {what}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Filled by Playwright from the script's objects, which needs a parameterless constructor and setters.
    private sealed class SidenoteBox
    {
        public string Text { get; set; } = "";
        public bool Visible { get; set; }
        public double Top { get; set; }
        public double Bottom { get; set; }
        public double Left { get; set; }
        public double Right { get; set; }
        public double MarkerTop { get; set; }
        public double MarkerBottom { get; set; }
        public double TextRight { get; set; }
    }
}
