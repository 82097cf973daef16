namespace Briefing.Markdown;

/// <summary>
/// Where HTML comments lie in raw HTML read a line at a time: what is inside one is text no browser
/// shows, so its ids are no targets and its links lead nowhere.
/// </summary>
public static class HtmlComments
{
    /// <summary>
    /// The spans of <paramref name="html"/> inside comments (delimiters included). <paramref name="inComment"/>
    /// says whether the text starts inside a comment and, on return, whether it ends inside one.
    /// </summary>
    public static List<(int Start, int End)> Spans(string html, ref bool inComment)
    {
        var spans = new List<(int, int)>();
        var at = 0;
        while (at < html.Length)
        {
            var start = at;
            if (!inComment)
            {
                var open = html.IndexOf("<!--", at, StringComparison.Ordinal);
                if (open < 0)
                    break;
                start = open;
                at = open + 4;
                inComment = true;
            }
            var close = html.IndexOf("-->", at, StringComparison.Ordinal);
            if (close < 0)
            {
                spans.Add((start, html.Length));
                break;
            }
            spans.Add((start, close + 3));
            at = close + 3;
            inComment = false;
        }
        return spans;
    }

    public static bool Contains(List<(int Start, int End)> spans, int index) => spans.Exists(s => index >= s.Start && index < s.End);
}
