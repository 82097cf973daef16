using System.Net;
using Briefing.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="TrustedHtml"/>.
/// Scriban itself never escapes; doing it here, at the one place values are written, means a
/// template cannot forget. Only printed values are escaped, so string functions still see raw text.
/// </summary>
public sealed class EscapingTemplateContext() : TemplateContext(Builtins)
{
    /// <summary>Scriban's built-in functions, made once (<see cref="LazyBuiltins"/>): building them for every page measured as a large share of a layout's cost.</summary>
    private static readonly ScriptObject Builtins = new LazyBuiltins();

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml html => Write(html.Html),
        _ => Write(WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };
}
