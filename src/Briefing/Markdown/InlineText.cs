using System.Text;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown;

/// <summary>The text of inlines without their markup: a heading's words for a title or a table of contents.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case MalformedCitation malformed:
                text.Append(malformed.Markup);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Append(child, text);
                break;
        }
    }
}
