using AngleSharp.Html.Parser;
using Briefing.Hosting;
using Briefing.Settings;
using Briefing.Tests.Support;

namespace Briefing.Tests.Deploy;

/// <summary>netlify.toml and the built site agree, and the Content-Security-Policy holds on every page.</summary>
[Collection(RealSiteCollection.Name)]
public sealed class NetlifyTests(RealSite built)
{
    private static readonly NetlifyConfig Config = NetlifyConfig.Load(Path.Combine(Repository.Root, "netlify.toml"));

    [Fact]
    public void The_publish_folder_is_the_folder_the_build_writes()
    {
        var defaultOutput = SiteSettings.ForRoot(Repository.Root).OutputFolder;
        Assert.Equal(Path.GetFullPath(Path.Combine(Repository.Root, Config.Publish)), defaultOutput);
    }

    [Fact]
    public void Every_redirect_lands_on_a_page_that_exists()
    {
        Assert.NotEmpty(Config.Redirects);
        Assert.Contains(Config.Redirects, r => r.From == "/meta" && r.To == "/companies/meta/");
        Assert.All(Config.Redirects, r =>
            Assert.True(File.Exists(Path.Combine(built.Site.Output, r.To.Trim('/'), "index.html")), $"{r.From} -> {r.To}: no such page"));
    }

    [Fact]
    public void The_security_headers_are_set_for_every_page()
    {
        var headers = Config.HeadersFor("/matrix/");
        var csp = headers["Content-Security-Policy"];
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.StartsWith("max-age=", headers["Strict-Transport-Security"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.True(headers.ContainsKey("Referrer-Policy"));
        Assert.True(headers.ContainsKey("Permissions-Policy"));
        Assert.False(headers.ContainsKey("Cache-Control"), "HTML must be revalidated: no long cache on pages");
        Assert.Contains("immutable", Config.HeadersFor("/assets/css/site.0123abcd.css")["Cache-Control"]);
    }

    [Fact]
    public void No_page_has_inline_script_inline_style_or_event_attributes()
    {
        var parser = new HtmlParser();
        var offences = new List<string>();
        foreach (var file in built.HtmlFiles)
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var name = Path.GetRelativePath(built.Site.Output, file);
            offences.AddRange(document.QuerySelectorAll("script:not([src])").Select(_ => $"{name}: inline <script>"));
            offences.AddRange(document.QuerySelectorAll("style").Select(_ => $"{name}: <style> element"));
            offences.AddRange(document.QuerySelectorAll("[style]").Select(e => $"{name}: style= on <{e.LocalName}>"));
            offences.AddRange(document.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{name}: {a.Name}= on <{e.LocalName}>")));
        }
        Assert.Empty(offences);
    }

    [Fact]
    public void Every_asset_a_page_loads_is_same_origin()
    {
        var parser = new HtmlParser();
        var foreign = built.HtmlFiles
            .SelectMany(file => parser.ParseDocument(File.ReadAllText(file))
                .QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], img[src], source[src], iframe, video[src], audio[src]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "(none)")
                .Where(url => !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
                .Select(url => $"{Path.GetRelativePath(built.Site.Output, file)}: {url}"))
            .ToList();
        Assert.Empty(foreign);
    }
}
