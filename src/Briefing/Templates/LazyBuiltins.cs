using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Templates;

/// <summary>
/// Scriban's built-in functions (<c>string</c>, <c>array</c>, <c>date</c>…), each group made the first time a
/// template names it. Scriban makes every group at once, by reflection over each group's methods: about 10 ms of
/// every build's start (Native AOT), most of it for groups a theme never uses. The names and the objects are
/// Scriban's own (a test compares them with <see cref="TemplateContext.GetDefaultBuiltinObject"/>); all read-only.
/// </summary>
internal sealed class LazyBuiltins() : ScriptObject(capacity: 0, autoImportStaticsFromThisType: false)
{
    private readonly Dictionary<string, Lazy<object>> _groups = new(StringComparer.Ordinal)
    {
        ["array"] = new(() => new ArrayFunctions()),
        ["empty"] = new(() => EmptyScriptObject.Default),
        ["blank"] = new(() => EmptyScriptObject.Default),
        ["include"] = new(() => new IncludeFunction()),
        ["include_join"] = new(() => new IncludeJoinFunction()),
        [DateTimeFunctions.DateVariable.Name] = new(() => new DateTimeFunctions()),
        ["html"] = new(() => new HtmlFunctions()),
        ["math"] = new(() => new MathFunctions()),
        ["object"] = new(() => new ObjectFunctions()),
        ["regex"] = new(() => new RegexFunctions()),
        ["string"] = new(() => new StringFunctions()),
        ["timespan"] = new(() => new TimeSpanFunctions()),
    };

    public IReadOnlyCollection<string> Names => _groups.Keys;

    public override bool Contains(string member) => _groups.ContainsKey(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_groups.TryGetValue(member, out var group))
        {
            value = group.Value;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Scriban asks this before a write, so no layout can replace or remove a group for the pages after it.</summary>
    public override bool CanWrite(string member) => !_groups.ContainsKey(member);
}
