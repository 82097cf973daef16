using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Briefing.Markdown;

/// <summary>
/// Parses <c>[@id]</c>, <c>[@a; @b]</c> and <c>[@id, "locator"]</c>. Registered before
/// <see cref="LinkInlineParser"/> so a citation is never read as a link; anything not matching the
/// grammar exactly is left to the other parsers, as plain text.
/// </summary>
public sealed class SourceCitationParser : InlineParser
{
    public SourceCitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
            return false;

        var text = slice.Text;
        var start = slice.Start;
        var position = start + 1;
        var offsets = new List<(string Id, string? Locator, int Offset)>();
        while (true)
        {
            SkipSpaces(text, ref position, slice.End);
            if (position > slice.End || text[position] != '@')
                return false;
            var idStart = position;
            position++;
            while (position <= slice.End && IsIdChar(text[position]))
                position++;
            if (position == idStart + 1)
                return false;
            var id = text[(idStart + 1)..position];

            string? locator = null;
            SkipSpaces(text, ref position, slice.End);
            if (position <= slice.End && text[position] == ',')
            {
                position++;
                SkipSpaces(text, ref position, slice.End);
                if (position > slice.End || text[position] != '"')
                    return false;
                var close = text.IndexOf('"', position + 1);
                if (close < 0 || close > slice.End || text.AsSpan(position, close - position).Contains('\n'))
                    return false;
                locator = text[(position + 1)..close];
                position = close + 1;
                SkipSpaces(text, ref position, slice.End);
            }
            offsets.Add((id, locator, idStart - start));

            if (position > slice.End)
                return false;
            if (text[position] == ']')
                break;
            if (text[position] != ';')
                return false;
            position++;
        }

        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new SourceCitation
        {
            Span = new Markdig.Syntax.SourceSpan(sourceStart, sourceStart + (position - start)),
            Line = line,
            Column = column,
            Items = offsets.Select(o => new CitedSource(o.Id, o.Locator, line, column + o.Offset)).ToList(),
        };
        slice.Start = position + 1;
        return true;
    }

    private static void SkipSpaces(string text, ref int position, int end)
    {
        while (position <= end && text[position] is ' ' or '\t')
            position++;
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}
