using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Briefing.Engine.BuildRecords;

/// <summary>
/// Which generator is running, as one short text: the runtime, and the name, size and last-write time of
/// every assembly and JSON file (deps, runtime settings) in the application's folder. Building or publishing
/// the generator writes its assemblies anew, so any change of its code (the site's configuration, compiled
/// into it, included) or of a package it uses is a new generator.
/// </summary>
/// <remarks>
/// Module version ids would also keep an identical rebuild from counting as new, but reading them from
/// assemblies not loaded yet (System.Reflection.Metadata) cost about 15 ms of every unchanged build, where a
/// file's size and time cost one call; an identical rebuild costs one full build instead.
/// </remarks>
public static class GeneratorIdentity
{
    private static readonly Lazy<string> Running = new(() => Of(AppContext.BaseDirectory));

    /// <summary>This process's generator; computed once.</summary>
    public static string Current => Running.Value;

    public static string Of(string applicationFolder)
    {
        var text = new StringBuilder(RuntimeInformation.FrameworkDescription).Append('\n');
        var files = Directory.EnumerateFiles(applicationFolder)
            .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var info = new FileInfo(file);
            text.Append(info.Name).Append(' ').Append(info.Length).Append(' ').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }
        return XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text.ToString())).ToString("x16", CultureInfo.InvariantCulture);
    }
}
