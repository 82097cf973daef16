// Measures what an editor feels in preview: the time from saving one page to the new page being
// served. Starts the preview server in-process on a folder, then, run after run, rewrites one page
// with a new sentence and polls the page's URL until the sentence is served.
//
//   dotnet run -c Release --project bench/PreviewLatency -- --root . [--input DIR] --page risks.md [--runs 20]
using System.Diagnostics;
using Briefing;
using Briefing.Content;
using Briefing.Preview;

var options = args.Select((value, i) => (value, i)).Where(a => a.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(a => a.value, a => a.i + 1 < args.Length ? args[a.i + 1] : "");
var root = Path.GetFullPath(options.GetValueOrDefault("--root", "."));
var site = SiteSettings.ForRoot(root, options.GetValueOrDefault("--input"), Path.Combine(Path.GetTempPath(), "preview-latency-out"));
var page = options.GetValueOrDefault("--page", "index.md");
var runs = int.Parse(options.GetValueOrDefault("--runs", "20"), System.Globalization.CultureInfo.InvariantCulture);

var file = Path.Combine(site.InputFolder, page);
var original = File.ReadAllText(file);
var url = PrettyUrls.UrlOf(page, readmeIsIndex: true);
var pages = Directory.EnumerateFiles(site.InputFolder, "*.md", SearchOption.AllDirectories).Count();

await using var server = await PreviewServer.StartAsync(site, port: 0, TextWriter.Null);
using var http = new HttpClient { BaseAddress = server.Address };
var timings = new List<double>();
try
{
    for (var run = 0; run <= runs; run++)
    {
        var probe = $"Latency probe {run} {Guid.NewGuid():N}";
        var clock = Stopwatch.StartNew();
        File.WriteAllText(file, original.TrimEnd() + $"\n\n{probe}\n");
        while (!(await http.GetStringAsync(url)).Contains(probe, StringComparison.Ordinal))
            await Task.Delay(1);
        if (run > 0)
            timings.Add(clock.Elapsed.TotalMilliseconds);
        await Task.Delay(100);
    }
}
finally
{
    File.WriteAllText(file, original);
}

timings.Sort();
Console.WriteLine($"Preview save-to-served latency: {pages} pages, page {page}, {runs} runs after one warm-up");
Console.WriteLine($"  median {timings[timings.Count / 2]:0} ms   p90 {timings[(int)(timings.Count * 0.9)]:0} ms   min {timings[0]:0} ms   max {timings[^1]:0} ms");
