using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Search;

/// <summary>A stretch of a page's text under one heading; <paramref name="Id"/> is the heading's id, for a link to url#id (empty before the first heading).</summary>
public sealed record Passage(string Id, string Heading, string Text);

/// <summary>
/// A finished page's searchable text: the text of its main element (its body when it has none) split
/// into passages at each heading. Left out: what is marked <c>data-search-ignore</c> (navigation, notes,
/// lists of links that repeat other pages' titles), what no reader sees as text (scripts, styles,
/// hidden or aria-hidden elements), and the generator's own note markers and heading self-links, whose
/// numbers and "#" would otherwise stick to the words beside them.
/// </summary>
public static class SearchPassages
{
    public const string IgnoreAttribute = "data-search-ignore";

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "script", "style", "template", "noscript", "svg", "button", "input", "select", "textarea" };

    // Inline elements join the words around them; every other element separates words ("</td><td>" is a space).
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    public static IReadOnlyList<Passage> Of(string html, HtmlParser parser)
    {
        var document = parser.ParseDocument(html);
        var root = document.QuerySelector("main") ?? document.Body;
        var passages = new List<Passage>();
        if (root is null)
            return passages;
        var reader = new Reader(passages);
        reader.Walk(root);
        reader.Finish();
        return passages;
    }

    private static bool IsIgnored(IElement element) =>
        Skipped.Contains(element.LocalName)
        || element.HasAttribute(IgnoreAttribute)
        || element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || element.GetAttribute("role") == "doc-noteref"
        || element.ClassList.Contains("heading-link");

    /// <summary>The heading's id, else the id of the nearest element around it (a list item that holds a titled entry), else none.</summary>
    private static string IdOf(IElement heading)
    {
        for (var element = heading; element is not null && element.LocalName != "main"; element = element.ParentElement)
        {
            if (element.GetAttribute("id") is { Length: > 0 } id)
                return id;
        }
        return "";
    }

    private static bool IsHeading(IElement element) =>
        element.LocalName is ['h', >= '1' and <= '6'];

    private sealed class Reader(List<Passage> passages)
    {
        private readonly StringBuilder _text = new();
        private string _id = "";
        private string _heading = "";

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    _text.Append(text.Data);
                    continue;
                }
                if (child is not IElement element || IsIgnored(element))
                    continue;
                if (IsHeading(element))
                {
                    Finish();
                    _id = IdOf(element);
                    var heading = new StringBuilder();
                    TextOf(element, heading);
                    _heading = Collapse(heading.ToString());
                    continue;
                }
                var separate = !Inline.Contains(element.LocalName);
                if (separate)
                    _text.Append(' ');
                Walk(element);
                if (separate)
                    _text.Append(' ');
            }
        }

        /// <summary>Ends the passage so far; a passage with neither heading nor text is dropped.</summary>
        public void Finish()
        {
            var text = Collapse(_text.ToString());
            if (text.Length > 0 || _heading.Length > 0)
                passages.Add(new Passage(_id, _heading, text));
            _text.Clear();
        }

        private static void TextOf(INode node, StringBuilder into)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                    into.Append(text.Data);
                else if (child is IElement element && !IsIgnored(element))
                    TextOf(element, into);
            }
        }
    }

    /// <summary>Runs of white space as one space, none at either end.</summary>
    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                    collapsed.Append(' ');
            }
            else
            {
                collapsed.Append(c);
            }
        }
        return collapsed.ToString().TrimEnd();
    }
}
