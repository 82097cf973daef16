using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;

namespace Briefing.Content;

/// <summary>Separates a page's front matter block from its Markdown body, keeping line numbers exact.</summary>
public static class FrontMatterSplitter
{
    /// <param name="Yaml">The text between the fences, or null when the page has no front matter.</param>
    /// <param name="BodyLineOffset">Lines before the body: add it to a 0-based body line for the file's 1-based line, minus one.</param>
    /// <param name="BodyStart">Where the Markdown after the closing fence starts: the body is the rest of the text.</param>
    public readonly record struct Parts(string? Yaml, int BodyLineOffset, int BodyStart);

    /// <summary>
    /// The parts. A first line '---' that is never closed is no front matter but a rule, as GitHub shows it:
    /// the whole text is the body, and <paramref name="problem"/> warns in case a closing line was forgotten.
    /// </summary>
    public static Parts Split(string text, string file, out Diagnostic? problem)
    {
        problem = null;
        if (!StartsWithFence(text, 0, out var afterOpening))
            return new Parts(null, 0, 0);

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
                return new Parts(text[afterOpening..lineStart], line, bodyStart);
            }
            if (end < 0)
                break;
            lineStart = end + 1;
            line++;
        }

        problem = Diagnostic.Warning(
            DiagnosticCodes.FrontMatterNotClosed,
            new SourceLocation(file, 1, 1),
            "'---' on line 1 opens no front matter, as nothing closes it, so it is shown as a rule: if it starts front matter, add a line '---' after its last key");
        return new Parts(null, 0, 0);
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
