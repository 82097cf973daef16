using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Hosting;
using Briefing.Settings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PipelineEngine = Briefing.Engine.Execution.Engine;

namespace Briefing.Preview;

/// <summary>
/// Serves the last good build from memory on 127.0.0.1 with the headers netlify.toml declares,
/// watches input/ and theme/, rebuilds on change (a burst of saves coalesced into one rebuild),
/// and tells open pages to reload, or shows them what went wrong while still serving the last good site.
/// The modules are created once, so what they cache survives from one rebuild to the next.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);

    private readonly SiteSettings _site;
    private readonly TextWriter _log;
    private readonly PipelineEngine _engine;
    private readonly NetlifyConfig _netlify;
    private readonly LiveReload _reload = new();
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), $"briefing-preview-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private Task? _watchLoop;
    private volatile SiteSnapshot _snapshot = SiteSnapshot.Empty;
    private volatile IReadOnlyList<string> _problems = [];

    private PreviewServer(SiteSettings site, TextWriter log)
    {
        _site = site;
        _log = log;
        _engine = new PipelineEngine(SiteConfiguration.Pipelines(site));
        _netlify = NetlifyConfig.Load(Path.Combine(site.RootFolder, "netlify.toml"));
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>How many builds have finished, good or bad: tests wait on it.</summary>
    public int Builds { get; private set; }

    public IReadOnlyList<string> Problems => _problems;

    public static async Task<PreviewServer> StartAsync(SiteSettings site, int port, TextWriter log)
    {
        var server = new PreviewServer(site, log);
        await server.RebuildAsync();
        await server.StartServingAsync(port);
        server.Watch();
        return server;
    }

    /// <summary>Builds the site in memory; on success serves it and reloads open pages, else keeps the last good one.</summary>
    public async Task RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            var result = await _engine.RunAsync(_scratch, _stopping.Token, EngineRunOptions.Preview);
            var failed = !result.Succeeded || (_site.Strict && result.Diagnostics.Count > 0);
            foreach (var diagnostic in result.Diagnostics)
                _log.WriteLine(diagnostic);
            if (failed)
            {
                _problems = result.Diagnostics.Select(d => d.ToString()).ToList();
                _reload.Send("problems", JsonSerializer.Serialize(_problems, ProblemsJson.Default.IReadOnlyListString));
                _log.WriteLine($"Build failed in {clock.ElapsedMilliseconds} ms; still serving the last good site.");
            }
            else
            {
                _snapshot = SiteSnapshot.Of(result);
                _problems = [];
                _reload.Send("reload", "{}");
                _log.WriteLine($"Built {_snapshot.Count} files in {clock.ElapsedMilliseconds} ms.");
            }
            Builds++;
        }
        finally
        {
            _building.Release();
        }
    }

    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _changes.Writer.TryComplete();
        if (_app is not null)
            await _app.DisposeAsync();
        if (_watchLoop is not null)
            await _watchLoop.ContinueWith(_ => { }, TaskScheduler.Default);
        if (Directory.Exists(_scratch))
            Directory.Delete(_scratch, recursive: true);
    }

    private async Task StartServingAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        // Compressed as Netlify and other static hosts serve it, so what is measured here (page weight, Lighthouse) is what readers get.
        builder.Services.AddResponseCompression();
        _app = builder.Build();
        _app.UseResponseCompression();
        _app.Run(ServeAsync);
        await _app.StartAsync(_stopping.Token);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        foreach (var (name, value) in _netlify.HeadersFor(path))
            response.Headers[name] = value;

        switch (path)
        {
            case PreviewAssets.EventsPath:
                response.ContentType = "text/event-stream";
                response.Headers.CacheControl = "no-store";
                var initial = _problems.Count > 0 ? $"event: problems\ndata: {JsonSerializer.Serialize(_problems, ProblemsJson.Default.IReadOnlyListString)}\n\n" : null;
                using (var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                    await _reload.StreamAsync(response.Body, () => response.Body.FlushAsync(stop.Token), initial, stop.Token);
                return;
            case PreviewAssets.ScriptPath:
                await WriteAsync(response, StatusCodes.Status200OK, "text/javascript; charset=utf-8", PreviewAssets.Script);
                return;
            case PreviewAssets.StylePath:
                await WriteAsync(response, StatusCodes.Status200OK, "text/css; charset=utf-8", PreviewAssets.Style);
                return;
        }

        var snapshot = _snapshot;
        if (snapshot.Resolve(path) is { } found)
        {
            await ServeFileAsync(response, StatusCodes.Status200OK, found.Path, found.Content);
            return;
        }
        if (!path.EndsWith('/') && snapshot.Resolve(path + "/") is not null)
        {
            Redirect(response, path + "/" + request.QueryString, StatusCodes.Status301MovedPermanently);
            return;
        }
        if (_netlify.RedirectFor(path) is { } redirect)
        {
            Redirect(response, redirect.To, redirect.Status);
            return;
        }
        if (snapshot.Find("404.html") is { } notFound)
            await ServeFileAsync(response, StatusCodes.Status404NotFound, "404.html", notFound);
        else
            await WriteAsync(response, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found");
    }

    private static async Task ServeFileAsync(HttpResponse response, int status, string path, DocumentContent content)
    {
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        if (type == "text/html")
        {
            await WriteAsync(response, status, "text/html; charset=utf-8", PreviewAssets.Inject(content.ReadText()));
            return;
        }
        response.StatusCode = status;
        response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
        if (content is FileContent file)
            await response.SendFileAsync(file.FullPath);
        else
            await response.WriteAsync(content.ReadText());
    }

    private static Task WriteAsync(HttpResponse response, int status, string type, string text)
    {
        response.StatusCode = status;
        response.ContentType = type;
        return response.WriteAsync(text);
    }

    private static void Redirect(HttpResponse response, string location, int status)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private void Watch()
    {
        foreach (var folder in new[] { _site.InputFolder, _site.ThemeFolder }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            FileSystemEventHandler changed = (_, _) => _changes.Writer.TryWrite(true);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _watchLoop = Task.Run(WatchLoopAsync);
    }

    /// <summary>Waits for a change, lets a burst of saves settle, then rebuilds once.</summary>
    private async Task WatchLoopAsync()
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token))
            {
                do
                {
                    while (reader.TryRead(out _))
                    {
                    }
                    await Task.Delay(Quiet, _stopping.Token);
                }
                while (reader.TryRead(out _));
                await RebuildAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
