using System.Text;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown.Headings;

/// <summary>
/// A heading's text as GitHub reads it for the anchor: the text the rendered heading shows (entities
/// decoded, code spans' content, link text, an autolink's address; no tags, no image), untrimmed.
/// </summary>
public static class HeadingText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
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
