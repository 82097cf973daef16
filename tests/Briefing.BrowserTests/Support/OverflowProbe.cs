using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>Whether the page is wider than the window, and which elements stick out if so.</summary>
public static class OverflowProbe
{
    // Names the outermost elements that reach past the window's right edge, leaving out those inside a
    // scrolling box (a wide table in .table-scroll scrolls by itself and does not widen the page).
    private const string Script = """
        () => {
          const width = window.innerWidth;
          const scrollWidth = document.documentElement.scrollWidth;
          if (scrollWidth <= width) return null;
          const sticksOut = (el) => el.getBoundingClientRect().right > width + 0.5;
          const scrolls = (el) => getComputedStyle(el).overflowX !== 'visible';
          const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
            Array.from(el.classList, (c) => '.' + c).join('') + ` (right edge at ${Math.round(el.getBoundingClientRect().right)}px)`;
          const culprits = [];
          for (const el of document.body.querySelectorAll('*')) {
            if (!sticksOut(el)) continue;
            const parent = el.parentElement;
            if (parent && parent !== document.body && sticksOut(parent)) continue;
            let inside = false;
            for (let up = parent; up && up !== document.body; up = up.parentElement) if (scrolls(up)) { inside = true; break; }
            if (!inside) culprits.push(describe(el));
            if (culprits.length === 5) break;
          }
          return `page is ${scrollWidth}px wide in a ${width}px window; sticking out: ${culprits.join(', ') || 'nothing found'}`;
        }
        """;

    public static Task<string?> FindAsync(IPage page) => page.EvaluateAsync<string?>(Script);
}
