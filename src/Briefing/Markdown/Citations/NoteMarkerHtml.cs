using System.Net;
using System.Text;

namespace Briefing.Markdown.Citations;

/// <summary>
/// The HTML of note markers, the same for a citation in Markdown, a footnote and a data cell:
/// a superscript link down to the note, with an id the note links back to.
/// </summary>
public static class NoteMarkerHtml
{
    public static string Of(IEnumerable<NoteMarker> markers)
    {
        var html = new StringBuilder("<sup class=\"note-ref\">");
        var first = true;
        foreach (var marker in markers)
        {
            if (!first)
                html.Append("<span class=\"note-sep\">,</span>");
            first = false;
            html.Append("<a id=\"").Append(marker.Id)
                .Append("\" href=\"#").Append(marker.NoteId)
                .Append("\" role=\"doc-noteref\" aria-label=\"Note ").Append(marker.Number);
            if (marker.Locator is not null)
                html.Append(", ").Append(WebUtility.HtmlEncode(marker.Locator));
            html.Append("\">").Append(marker.Number).Append("</a>");
        }
        return html.Append("</sup>").ToString();
    }
}
