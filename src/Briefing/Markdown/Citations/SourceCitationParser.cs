using Briefing.Data;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;

namespace Briefing.Markdown.Citations;

/// <summary>
/// Parses Pandoc's citations: bracketed <c>[see @doe99, pp. 33-35; also @smith04, chap. 1]</c> (prefix, key, locator,
/// suffix; items separated by ';'), <c>[-@doe99]</c>, this site's <c>[@id, "locator"]</c>, and in-text <c>@doe99</c> and
/// <c>@doe99 [p. 33]</c>. Registered before <see cref="LinkInlineParser"/> so a citation is never read as a link.
/// A bracket that holds an '@' at the start of a word and does not parse becomes a <see cref="MalformedCitation"/>
/// (printed as written, reported as a warning). An in-text key is taken only where the parser context's
/// <see cref="SourcesKey"/> finds the source (when it is set), so "@someone" stays text; an '@' inside a
/// word (an email address) is never a citation, nor is anything in code.
/// </summary>
public sealed class SourceCitationParser : InlineParser
{
    /// <summary>
    /// Key of a <c>Func&lt;string, Source?&gt;</c> in <see cref="MarkdownParserContext.Properties"/>: the source an id names, if any.
    /// Without it (a plain <c>Markdown.ToHtml</c>) every key is a source of its own name, as Pandoc without a bibliography.
    /// </summary>
    public const string SourcesKey = "Briefing.Sources";

    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    public SourceCitationParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        slice.CurrentChar == '[' ? MatchBracketed(processor, ref slice) : MatchInText(processor, ref slice);

    private static bool MatchBracketed(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (slice.PeekChar() == '^')
            return false;
        var close = FindClose(text, start, slice.End);
        // Unclosed, it looks like a citation only if an '@' follows on its own line: "[a" and an "@b" lines later are unrelated.
        var lineEnd = text.IndexOf('\n', start, slice.End - start + 1);
        var contentEnd = close >= 0 ? close : lineEnd >= 0 ? lineEnd : slice.End + 1;
        if (FirstKeyAt(text, start + 1, contentEnd) < 0)
            return false;

        if (close < 0)
        {
            processor.Inline = Malformed(processor, text, start, start, start,
                "'[' opens a citation that is never closed: end it with ']', or write '\\[' for a bracket");
            slice.Start = start + 1;
            return true;
        }
        if (close < slice.End && text[close + 1] is '(' or '[')
            return false;

        var items = new List<CitedSource>();
        MalformedCitation? malformed = null;
        foreach (var (itemStart, itemEnd) in SplitItems(text, start + 1, close))
        {
            var at = FirstKeyAt(text, itemStart, itemEnd);
            if (at < 0)
            {
                malformed = Malformed(processor, text, start, close, SkipSpaces(text, itemStart, itemEnd),
                    $"citation item '{text[itemStart..itemEnd].Trim()}' has no @id: each item between ';' needs one");
                break;
            }
            var keyEnd = ReadKey(text, at + 1, itemEnd, out var id);
            if (id is null)
            {
                malformed = Malformed(processor, text, start, close, at,
                    "'@' is not followed by a source id: write '@id', or '\\@' for the sign itself");
                break;
            }
            var another = FirstKeyAt(text, keyEnd, itemEnd);
            if (another >= 0)
            {
                malformed = Malformed(processor, text, start, close, another,
                    "a second @id in one citation item: separate the items with ';'");
                break;
            }

            var suppress = at > itemStart && text[at - 1] == '-';
            var prefix = text[itemStart..(suppress ? at - 1 : at)].Trim();
            var (locator, suffix) = CitationLocator.Split(text[keyEnd..itemEnd]);
            processor.GetSourcePosition(at, out var line, out var column);
            items.Add(new CitedSource(id, locator, line, column)
            {
                Prefix = prefix.Length > 0 ? prefix : null,
                Suffix = suffix,
                SuppressAuthor = suppress,
            });
        }

        if (malformed is not null)
        {
            processor.Inline = malformed;
        }
        else
        {
            SourcesOf(processor);
            var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
            processor.Inline = new SourceCitation
            {
                Span = new SourceSpan(sourceStart, sourceStart + (close - start)),
                Line = line,
                Column = column,
                Items = items,
                Markup = text[start..(close + 1)],
            };
        }
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The context's sources, kept on the document too, where the numbering (after parsing) finds them.</summary>
    private static Func<string, Source?>? SourcesOf(InlineProcessor processor)
    {
        if (processor.Context?.Properties.GetValueOrDefault(SourcesKey) is not Func<string, Source?> find)
            return null;
        if (processor.Document.GetData(SourcesKey) is null)
            processor.Document.SetData(SourcesKey, find);
        return find;
    }

    private static bool MatchInText(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (!CanPrecedeInText(slice.PeekCharExtra(-1)))
            return false;
        var position = ReadKey(text, start + 1, slice.End + 1, out var id);
        if (id is null)
            return false;
        if (SourcesOf(processor) is { } find && find(id) is null)
            return false;

        string? locator = null, suffix = null;
        var bracket = position < slice.End && text[position] == ' ' ? position + 1 : position;
        if (bracket <= slice.End && text[bracket] == '[' && bracket < slice.End && text[bracket + 1] != '^')
        {
            var close = FindClose(text, bracket, slice.End);
            if (close > 0 && FirstKeyAt(text, bracket + 1, close) < 0 && !(close < slice.End && text[close + 1] is '(' or '['))
            {
                (locator, suffix) = CitationLocator.Split(text[(bracket + 1)..close]);
                position = close + 1;
            }
        }

        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new SourceCitation
        {
            Span = new SourceSpan(sourceStart, sourceStart + (position - start) - 1),
            Line = line,
            Column = column,
            IsInText = true,
            Items = [new CitedSource(id, locator, line, column) { Suffix = suffix }],
            Markup = text[start..position],
        };
        slice.Start = position;
        return true;
    }

    private static MalformedCitation Malformed(InlineProcessor processor, string text, int start, int end, int problemAt, string problem)
    {
        var sourceStart = processor.GetSourcePosition(start);
        processor.GetSourcePosition(problemAt, out var line, out var column);
        return new MalformedCitation
        {
            Span = new SourceSpan(sourceStart, sourceStart + (end - start)),
            Line = line,
            Column = column,
            Markup = text[start..(end + 1)],
            Problem = problem,
        };
    }

    /// <summary>The ']' that closes the '[' at <paramref name="open"/> (brackets nest, '\' escapes), or -1.</summary>
    private static int FindClose(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i <= end; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when --depth == 0:
                    return i;
            }
        }
        return -1;
    }

    /// <summary>The items of a bracket: split at ';' outside braces and quotes.</summary>
    private static IEnumerable<(int Start, int End)> SplitItems(string text, int start, int end)
    {
        var itemStart = start;
        var braces = 0;
        var quoted = false;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '{' when !quoted:
                    braces++;
                    break;
                case '}' when !quoted && braces > 0:
                    braces--;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case ';' when braces == 0 && !quoted:
                    yield return (itemStart, i);
                    itemStart = i + 1;
                    break;
            }
        }
        yield return (itemStart, end);
    }

    /// <summary>The first '@' in [start, end) that begins a word (an email's '@' does not), or -1.</summary>
    private static int FirstKeyAt(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] == '@' && (i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '-' or '[' or ';' or '*' or '_' or '(' or '"'))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// Reads a Pandoc key at <paramref name="position"/> (just after '@'): a letter, digit or '_', then letters, digits,
    /// '_' and single internal punctuation (<c>@Foo_bar.baz.</c> is <c>Foo_bar.baz</c>); or anything in braces.
    /// </summary>
    /// <returns>The position after the key; <paramref name="id"/> is null when there is none.</returns>
    private static int ReadKey(string text, int position, int end, out string? id)
    {
        id = null;
        if (position < end && text[position] == '{')
        {
            var close = text.IndexOf('}', position + 1, end - position - 1);
            if (close > position + 1)
                id = text[(position + 1)..close].Trim();
            return close < 0 ? position : close + 1;
        }
        if (position >= end || !(char.IsLetterOrDigit(text[position]) || text[position] == '_'))
            return position;
        var keyStart = position;
        position++;
        while (position < end)
        {
            var c = text[position];
            if (char.IsLetterOrDigit(c) || c == '_')
                position++;
            else if (InternalPunctuation.Contains(c) && position + 1 < end && (char.IsLetterOrDigit(text[position + 1]) || text[position + 1] == '_'))
                position += 2;
            else
                break;
        }
        id = text[keyStart..position];
        return position;
    }

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
            position++;
        return position;
    }

    /// <summary>In-text '@' must start a word: never inside one (<c>a@b.com</c>), nor after '-', '/' or '.'.</summary>
    private static bool CanPrecedeInText(char c) => c == '\0' || char.IsWhiteSpace(c) || c is '(' or '"' or '\'' or '“' or '‘' or '*' or '_' or '~';
}
