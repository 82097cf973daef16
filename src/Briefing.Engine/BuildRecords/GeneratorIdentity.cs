using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Briefing.Engine.BuildRecords;

/// <summary>
/// Which generator is running, as one hash: the runtime, and every assembly and JSON file (deps, runtime
/// settings) of the application's folder. An assembly counts by its module version id, which a compiler
/// changes with any change of the code compiled into it (the site's configuration included) and keeps for
/// the same code, so publishing the same sources again does not throw the record away.
/// </summary>
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
            text.Append(Path.GetFileName(file)).Append(' ').Append(VersionOf(file)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string VersionOf(string file)
    {
        try
        {
            if (file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = File.OpenRead(file);
                using var image = new PEReader(stream);
                if (image.HasMetadata)
                {
                    var metadata = image.GetMetadataReader();
                    return metadata.GetGuid(metadata.GetModuleDefinition().Mvid).ToString("N");
                }
            }
            // Native libraries and settings files have no version id: their bytes are.
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            // Unreadable now, readable next time, or the other way: either way no two runs agree on it by chance.
            return "unreadable " + Guid.NewGuid().ToString("N");
        }
    }
}
