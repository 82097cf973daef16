using System.Text;
using Briefing.Engine.Documents;

namespace Briefing.Modules;

/// <summary>
/// The URLs a finished HTML page links to: every <c>href</c>, <c>src</c> and <c>srcset</c> candidate,
/// HTML-decoded, not those inside comments. Read from the UTF-8 bytes as <see cref="IndexPageIds"/> reads
/// ids: measured several times cheaper than a DOM, and every link is such an attribute.
/// </summary>
public static class HtmlLinks
{
    public static List<string> In(DocumentContent content)
    {
        var html = content.ReadUtf8();
        var urls = IndexPageIds.AttributeValues(html, " href="u8);
        urls.AddRange(IndexPageIds.AttributeValues(html, " src="u8));
        foreach (var srcset in IndexPageIds.AttributeValues(html, " srcset="u8))
            urls.AddRange(Candidates(srcset));
        return urls;
    }

    /// <summary>The URLs of a srcset: "a.png 1x, b.png 2x" is a.png and b.png.</summary>
    public static IEnumerable<string> Candidates(string srcset) =>
        srcset.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.IndexOfAny([' ', '\t', '\n']) is var space and > 0 ? c[..space] : c);
}
