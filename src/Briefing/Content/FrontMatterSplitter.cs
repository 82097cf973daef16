using Briefing.Engine.Diagnostics;

namespace Briefing.Content;

/// <summary>Separates a page's front matter block from its Markdown body, keeping line numbers exact.</summary>
public static class FrontMatterSplitter
{
    /// <param name="Yaml">The text between the fences, or null when the page has no front matter.</param>
    /// <param name="Body">The Markdown after the closing fence.</param>
    /// <param name="BodyLineOffset">Lines before the body: add it to a 0-based body line for the file's 1-based line, minus one.</param>
    public readonly record struct Parts(string? Yaml, string Body, int BodyLineOffset);

    /// <summary>The parts, or null with <paramref name="problem"/> set when the opening fence is never closed.</summary>
    public static Parts? Split(string text, string file, out Diagnostic? problem)
    {
        problem = null;
        if (!StartsWithFence(text, 0, out var afterOpening))
            return new Parts(null, text, 0);

        var lineStart = afterOpening;
        var line = 2;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            if (content is "---" or "...")
            {
                var bodyStart = end < 0 ? text.Length : end + 1;
                return new Parts(text[afterOpening..lineStart], text[bodyStart..], line);
            }
            if (end < 0)
                break;
            lineStart = end + 1;
            line++;
        }

        problem = Diagnostic.Error(
            DiagnosticCodes.FrontMatterNotClosed,
            new SourceLocation(file, 1, 1),
            "the front matter opened by '---' on line 1 is never closed: add a line '---' after its last key");
        return null;
    }

    private static bool StartsWithFence(string text, int start, out int afterFence)
    {
        afterFence = 0;
        if (!text.AsSpan(start).StartsWith("---"))
            return false;
        var rest = start + 3;
        while (rest < text.Length && (text[rest] == ' ' || text[rest] == '\t'))
            rest++;
        if (rest < text.Length && text[rest] == '\r')
            rest++;
        if (rest < text.Length && text[rest] != '\n')
            return false;
        afterFence = Math.Min(rest + 1, text.Length);
        return true;
    }
}
