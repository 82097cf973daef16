using Briefing.Templates;
using Scriban;

namespace Briefing.Tests.Theme;

/// <summary>The built-in functions layouts see are Scriban's own, made when first named.</summary>
public sealed class LazyBuiltinsTests
{
    [Fact]
    public void Every_group_Scriban_defines_is_there_with_the_same_kind_of_object()
    {
        var scriban = TemplateContext.GetDefaultBuiltinObject();
        var lazy = new LazyBuiltins();

        Assert.Equal(scriban.Keys.Order(StringComparer.Ordinal), lazy.Names.Order(StringComparer.Ordinal));
        foreach (var name in scriban.Keys)
        {
            Assert.True(lazy.TryGetValue(null, default, name, out var made), name);
            Assert.Equal(scriban[name]?.GetType(), made?.GetType());
            Assert.False(lazy.CanWrite(name), name);
        }
        Assert.False(lazy.Contains("not_a_builtin"));
    }

    [Fact]
    public void Layouts_call_them_as_Scriban_documents_them()
    {
        var template = Template.Parse("""{{ "ab" | string.upcase }} {{ [3, 1, 2] | array.sort | array.join "," }} {{ 2.5 | math.floor }} {{ "" == empty }} {{ "a-b" | regex.replace "-" "+" }} {{ {a: 1} | object.keys | array.join "," }}""");

        var ours = template.Render(new EscapingTemplateContext());

        Assert.Equal("AB 1,2,3 2 false a+b a", ours);
        Assert.Equal(template.Render(new TemplateContext()), ours);
        Assert.Equal("a&amp;lt;b", Template.Parse("""{{ "a<b" | html.escape }}""").Render(new EscapingTemplateContext()));
    }

    [Fact]
    public void No_layout_can_replace_or_remove_a_group_for_the_pages_after_it()
    {
        var lazy = new LazyBuiltins();

        Assert.False(lazy.TrySetValue(null, default, "string", 1, readOnly: false));
        Assert.False(lazy.Remove("array"));

        Assert.True(lazy.TryGetValue(null, default, "string", out var strings));
        Assert.IsType<Scriban.Functions.StringFunctions>(strings);
        Assert.True(lazy.Contains("array"));
    }
}
