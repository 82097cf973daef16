using System.Text;
using Briefing.Markdown.Citations;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Headings;

/// <summary>
/// The text inlines show, without their markup: entities decoded, code spans' content, link text, an
/// autolink's address, no image. Headings' anchors (as GitHub reads them), titles and tables of contents
/// all read it, so a title and its anchor never disagree about what a heading says.
/// </summary>
public static class InlineText
{
    /// <summary>For a title or a table of contents: line breaks as spaces, trimmed.</summary>
    public static string Of(ContainerInline? container) => Shown(container).Replace('\n', ' ').Trim();

    /// <summary>Exactly what is shown, untrimmed, a line break as '\n': what GitHub slugs into an anchor.</summary>
    public static string Shown(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case MalformedCitation malformed:
                text.Append(malformed.Markup);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, text);
                break;
        }
    }
}
