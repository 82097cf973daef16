using System.Net;
using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

/// <summary>The preview server as an editor uses it: edit, break and fix a page while it serves.</summary>
public sealed class PreviewTests
{
    private static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        T last;
        do
        {
            last = await probe();
            if (done(last))
                return last;
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"timed out waiting for {what}; last: {last}");
        return last;
    }

    [Fact]
    public async Task Edits_are_served_and_reloaded_errors_keep_the_last_good_page_and_a_fix_recovers()
    {
        using var site = new TestSite()
            .Write("input/index.md", "---\ntitle: Home\n---\nFirst version.\n")
            .Write("netlify.toml", "[build]\n  publish = \"output\"\n[[headers]]\n  for = \"/*\"\n  [headers.values]\n    X-Test-Header = \"from netlify.toml\"\n");
        await using var server = await PreviewServer.StartAsync(site.Settings(), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };

        var first = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("from netlify.toml", first.Headers.GetValues("X-Test-Header").Single());
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains("First version.", html);
        Assert.Contains(PreviewAssets.ScriptPath, html);

        using var events = new StreamReader(await http.GetStreamAsync(PreviewAssets.EventsPath));
        Assert.Equal(": connected", await events.ReadLineAsync());

        site.Write("input/index.md", "---\ntitle: Home\n---\nSecond version.\n");
        await Eventually(() => http.GetStringAsync("/"), page => page.Contains("Second version."), "the edit to be served");
        Assert.Equal("", await events.ReadLineAsync());
        Assert.Equal("event: reload", await events.ReadLineAsync());

        site.Write("input/index.md", "---\ntitle: [broken\n---\nThird version.\n");
        await Eventually(() => Task.FromResult(server.Problems), problems => problems.Count > 0, "the error to be reported");
        Assert.StartsWith("input/index.md(3,1): error BRF202: this is not valid YAML", server.Problems[0]);
        Assert.Contains("Second version.", await http.GetStringAsync("/"));
        await Eventually(() => events.ReadLineAsync(), line => line == "event: problems", "the problems event");
        Assert.Contains("BRF202", await events.ReadLineAsync());

        site.Write("input/index.md", "---\ntitle: Home\n---\nFixed version.\n");
        await Eventually(() => http.GetStringAsync("/"), page => page.Contains("Fixed version."), "recovery");
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task It_serves_pretty_urls_the_404_page_and_nothing_outside_the_site()
    {
        using var site = new TestSite()
            .Write("input/index.md", "Home\n")
            .Write("input/notes/a.md", "# A note\n")
            .Write("netlify.toml", "[[redirects]]\n  from = \"/old\"\n  to = \"/notes/a/\"\n  status = 301\n");
        await using var server = await PreviewServer.StartAsync(site.Settings(), port: 0, TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/notes/a/")).StatusCode);
        var slashless = await http.GetAsync("/notes/a");
        Assert.Equal(HttpStatusCode.MovedPermanently, slashless.StatusCode);
        Assert.Equal("/notes/a/", slashless.Headers.Location!.OriginalString);
        Assert.Equal("/notes/a/", (await http.GetAsync("/old")).Headers.Location!.OriginalString);

        var missing = await http.GetAsync("/nothing-here/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());

        var escape = await http.GetAsync("/%2e%2e/netlify.toml");
        Assert.Equal(HttpStatusCode.NotFound, escape.StatusCode);
        Assert.Equal("127.0.0.1", server.Address.Host);
    }

    [Fact]
    public async Task A_template_edit_shows_on_the_pages_that_use_it()
    {
        using var site = new TestSite()
            .Write("input/index.md", "Home\n")
            .Write("input/special.md", "---\nlayout: special\n---\nSpecial page.\n")
            .Write("theme/layouts/special.sbn", "<main id=\"main\">first layout {{ page.content }}</main>\n");
        await using var server = await PreviewServer.StartAsync(site.Settings(), port: 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.Contains("first layout", await http.GetStringAsync("/special/"));

        site.Write("theme/layouts/special.sbn", "<main id=\"main\">second layout {{ page.content }}</main>\n");
        var page = await Eventually(() => http.GetStringAsync("/special/"), html => html.Contains("second layout"), "the template edit to be served");
        Assert.Contains("Special page.", page);
        Assert.DoesNotContain("second layout", await http.GetStringAsync("/"));
    }
}
