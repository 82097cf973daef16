using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Yaml;

/// <summary>
/// Binds YAML to typed records, reporting every mistake at its line and column instead of throwing:
/// keys are the snake_case names of properties; a <c>required</c> property must be present;
/// scalars parse through <see cref="IParsable{TSelf}"/>; lists and nested records bind recursively.
/// </summary>
/// <remarks>
/// Binding reflects over the records' properties and constructors, and makes a <c>List&lt;T&gt;</c> for each
/// list's item type. The records are this assembly's, which the Native AOT publish keeps whole (TrimMode
/// partial), and their lists hold records and strings, reference types whose lists share one compiled form.
/// </remarks>
[UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The bound records are this assembly's, kept whole by the Native AOT publish.")]
[UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The bound records are this assembly's, kept whole by the Native AOT publish.")]
[UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Lists of reference types share one compiled List<T>; the models have no list of a value type.")]
public sealed class YamlBinder(string file, int lineOffset = 0)
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> PropertiesByKey = new();

    private static readonly ConcurrentDictionary<Type, PropertyInfo?> OtherKeysByType = new();

    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Parses YAML text; null (with a diagnostic) when it is not YAML. An empty text gives an empty mapping.</summary>
    public YamlNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException problem)
        {
            var reason = (problem.InnerException?.Message ?? problem.Message).Trim();
            var cut = reason.IndexOf("): ", StringComparison.Ordinal);
            Report(DiagnosticCodes.InvalidYaml, problem.Start, $"this is not valid YAML: {(cut >= 0 ? reason[(cut + 3)..] : reason)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up on some malformed streams without a position: report the text's start.
            _diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, new SourceLocation(file, 1 + lineOffset, 1), "this is not valid YAML"));
            return null;
        }
    }

    public T? Bind<T>(YamlNode node) => (T?)Bind(node, typeof(T));

    public object? Bind(YamlNode node, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" } empty && empty.Style == YamlDotNet.Core.ScalarStyle.Plain)
            return null;

        if (underlying == typeof(object))
            return Untyped(node);
        if (IsList(underlying, out var itemType))
            return BindList(node, itemType);
        if (underlying == typeof(string) || underlying.IsValueType || ScalarParsers.IsSiteScalar(underlying))
            return BindScalar(node, underlying);
        return BindRecord(node, underlying);
    }

    public static string KeyOf(PropertyInfo property) => ToSnakeCase(property.Name);

    public static IReadOnlyDictionary<string, PropertyInfo> KeysOf(Type type) =>
        PropertiesByKey.GetOrAdd(type, t => t
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod?.IsPublic == true && p.GetIndexParameters().Length == 0 && p.Name != nameof(ILocated.Location) && !p.IsDefined(typeof(OtherKeysAttribute)))
            .ToDictionary(KeyOf, p => p, StringComparer.Ordinal));

    private object? BindRecord(YamlNode node, Type type)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(DiagnosticCodes.InvalidValue, node.Start, $"expected a mapping of {Describe(type)} (key: value lines), found {Found(node)}");
            return null;
        }

        var record = Activator.CreateInstance(type)!;
        if (record is ILocated located)
            located.Location = Locate(node.Start);

        var known = KeysOf(type);
        var others = OtherKeysOf(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.TryGetValue(key, out var property) && others is not null)
            {
                BindOtherKey(record, others, key, keyNode, valueNode);
                continue;
            }
            if (property is null)
            {
                Report(DiagnosticCodes.UnknownKey, keyNode.Start,
                    $"unknown key '{key}'{Nearest.Hint(key, known.Keys)} (known keys: {string.Join(", ", known.Keys)})");
                continue;
            }
            seen.Add(key);
            if (record is IKeyLocations keyed)
                keyed.KeyLocations[key] = Locate(valueNode.Start);
            var value = Bind(valueNode, property.PropertyType);
            if (value is not null)
                property.SetValue(record, value);
            else if (IsRequired(property))
                Report(DiagnosticCodes.MissingField, valueNode.Start, $"'{key}' needs a value");
        }

        foreach (var (key, property) in known)
        {
            if (!seen.Contains(key) && IsRequired(property))
                Report(DiagnosticCodes.MissingField, node.Start, $"missing required key '{key}' in {Describe(type)}");
        }
        return record;
    }

    /// <summary>A key no property names, bound into the record's <see cref="OtherKeysAttribute"/> dictionary.</summary>
    private void BindOtherKey(object record, PropertyInfo others, string key, YamlNode keyNode, YamlNode valueNode)
    {
        if (record is IKeyLocations keyed)
            keyed.KeyLocations[key] = Locate(keyNode.Start);
        var dictionary = (IDictionary)others.GetValue(record)!;
        if (dictionary.Contains(key))
        {
            Report(DiagnosticCodes.InvalidValue, keyNode.Start, $"'{key}' is given twice");
            return;
        }
        if (Bind(valueNode, others.PropertyType.GetGenericArguments()[1]) is { } value)
            dictionary[key] = value;
    }

    private static PropertyInfo? OtherKeysOf(Type type) =>
        OtherKeysByType.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => p.IsDefined(typeof(OtherKeysAttribute))));

    private object? BindList(YamlNode node, Type itemType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCodes.InvalidValue, node.Start, $"expected a list (lines starting with '- ', or [a, b]), found {Found(node)}");
            return list;
        }
        foreach (var item in sequence.Children)
        {
            if (Bind(item, itemType) is { } value)
                list.Add(value);
        }
        return list;
    }

    private object? BindScalar(YamlNode node, Type type)
    {
        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticCodes.InvalidValue, node.Start, $"expected {Describe(type)}, found {Found(node)}");
            return null;
        }
        var text = scalar.Value ?? "";
        if (type == typeof(string))
            return text;
        if (type.IsEnum)
        {
            var match = Enum.GetNames(type).FirstOrDefault(n => n.Equals(text.Replace("-", "").Replace("_", ""), StringComparison.OrdinalIgnoreCase));
            if (match is not null)
                return Enum.Parse(type, match);
            var names = Enum.GetNames(type).Select(ToSnakeCase).ToList();
            Report(DiagnosticCodes.InvalidValue, node.Start, $"'{text}' is not one of: {string.Join(", ", names)}{Nearest.Hint(text, names)}");
            return null;
        }
        if (ScalarParsers.TryParse(type, text, out var value))
        {
            if (value is ILocated located)
                located.Location = Locate(node.Start);
            return value;
        }
        Report(DiagnosticCodes.InvalidValue, node.Start, $"'{text}' is not {Describe(type)}");
        return null;
    }

    /// <summary>
    /// A value kept as YAML wrote it, where the site has no field for it (front matter's other keys, data
    /// files without a model): text, lists and mappings, which templates read as they are.
    /// </summary>
    public static object? Untyped(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return scalar.Value;
            case YamlSequenceNode list:
                return list.Children.Select(Untyped).ToList();
            case YamlMappingNode mapping:
                var values = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                    values[(key as YamlScalarNode)?.Value ?? ""] = Untyped(value);
                return values;
            default:
                return null;
        }
    }

    private void Report(string code, Mark mark, string message) =>
        _diagnostics.Add(Diagnostic.Error(code, Locate(mark), message));

    private SourceLocation Locate(Mark mark) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);

    private static bool IsRequired(PropertyInfo property) => property.IsDefined(typeof(RequiredMemberAttribute));

    private static bool IsList(Type type, out Type itemType)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>)))
        {
            itemType = type.GetGenericArguments()[0];
            return true;
        }
        itemType = typeof(void);
        return false;
    }

    private static string Found(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "text",
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(decimal) || type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date written YYYY-MM-DD",
        _ => ScalarParsers.Describe(type) ?? $"a {ToSnakeCase(type.Name).Replace('_', ' ')}",
    };

    private static string ToSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}

/// <summary>Scalars the binder understands, parsed in the invariant culture and strictly.</summary>
[UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The site's scalar types are this assembly's, kept whole by the Native AOT publish.")]
public static class ScalarParsers
{
    public static bool TryParse(Type type, string text, out object? value)
    {
        value = null;
        if (type == typeof(DateOnly))
        {
            var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            value = date;
            return ok;
        }
        if (type == typeof(bool))
        {
            var ok = bool.TryParse(text, out var flag);
            value = flag;
            return ok;
        }
        if (type == typeof(int))
        {
            var ok = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
            value = number;
            return ok;
        }
        if (type == typeof(decimal))
        {
            var ok = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number);
            value = number;
            return ok;
        }
        if (IsSiteScalar(type))
        {
            value = SiteScalar(type).Parse(text);
            return value is not null;
        }
        return false;
    }

    public static string? Describe(Type type) => IsSiteScalar(type) ? SiteScalar(type).Expected : null;

    public static bool IsSiteScalar(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IYamlScalar<>));

    private static (Func<string, object?> Parse, string Expected) SiteScalar(Type type) =>
        Scalars.GetOrAdd(type, t => ((Func<string, object?>, string))typeof(ScalarParsers)
            .GetMethod(nameof(DescribeScalar), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(t)
            .Invoke(null, null)!);

    private static readonly ConcurrentDictionary<Type, (Func<string, object?> Parse, string Expected)> Scalars = new();

    /// <summary>The parser and description of a site scalar, called through its static interface members.</summary>
    private static (Func<string, object?>, string) DescribeScalar<T>() where T : class, IYamlScalar<T> =>
        (text => T.Parse(text), T.Expected);
}

/// <summary>A value type of the site's own written as one YAML scalar (a date as precise as a source gives, a source id).</summary>
public interface IYamlScalar<TSelf> where TSelf : class, IYamlScalar<TSelf>
{
    /// <summary>The value, or null when the text is not one.</summary>
    static abstract TSelf? Parse(string text);

    /// <summary>What a valid value looks like, for the error message: "a date written YYYY, YYYY-MM or YYYY-MM-DD".</summary>
    static abstract string Expected { get; }
}
