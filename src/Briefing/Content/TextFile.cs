using System.Text;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;

namespace Briefing.Content;

/// <summary>Reads an editor's file as UTF-8, strictly: a byte that is not UTF-8 is reported at its line and column.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's bytes without a byte-order mark, checked to be UTF-8 without decoding them (cheap, and half the memory of a string).</summary>
    /// <returns>The bytes, or null with <paramref name="problem"/> at the first byte that is not UTF-8.</returns>
    public static byte[]? ReadUtf8(string fullPath, string displayPath, out Diagnostic? problem)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        problem = System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)) ? null : NotUtf8(bytes, start, displayPath);
        return problem is not null ? null : start == 0 ? bytes : bytes[start..];
    }

    /// <summary>Where the first byte that is not UTF-8 is, found by decoding strictly (only once a file is known to be bad).</summary>
    private static Diagnostic NotUtf8(byte[] bytes, int start, string displayPath)
    {
        var at = bytes.Length - 1;
        try
        {
            Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException problem)
        {
            at = Math.Clamp(start + Math.Max(problem.Index, 0), 0, Math.Max(bytes.Length - 1, 0));
        }
        var before = bytes.AsSpan(0, at);
        var line = before.Count((byte)'\n') + 1;
        var column = at - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return Diagnostic.Error(DiagnosticCodes.NotUtf8, new SourceLocation(displayPath, line, column),
            $"this file is not UTF-8 (byte 0x{bytes[at]:X2}): save it as UTF-8 in your editor");
    }
}
