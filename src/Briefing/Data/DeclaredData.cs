using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Yaml;
using Scriban.Runtime;
using YamlDotNet.RepresentationModel;

namespace Briefing.Data;

/// <summary>
/// A data file the generator has no model for, turned into what a layout reads (<c>data.NAME</c>):
/// checked against its declared <see cref="DataShape"/> when the site declares one, read as it is
/// otherwise (as Hugo's site data is). Values keep their YAML text unless the shape gives a type.
/// </summary>
public sealed class DeclaredData(string file, YamlNode root)
{
    public string File => file;

    public YamlNode Root => root;

    /// <summary>The value for templates; mistakes against the shape are reported at their position.</summary>
    public object? ToTemplateValue(DataShape? shape, IReadOnlyCollection<string> sourceIds, ICollection<Diagnostic> diagnostics)
    {
        if (shape is null)
            return YamlBinder.Untyped(root);
        if (root is YamlSequenceNode list)
        {
            var items = new ScriptArray();
            foreach (var item in list.Children)
                items.Add(Item(item, shape, sourceIds, diagnostics));
            return items;
        }
        return Item(root, shape, sourceIds, diagnostics);
    }

    private ScriptObject Item(YamlNode node, DataShape shape, IReadOnlyCollection<string> sourceIds, ICollection<Diagnostic> diagnostics)
    {
        var item = new ScriptObject();
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(Error(DiagnosticCodes.InvalidValue, node, "expected a mapping of the fields its shape declares (key: value lines)"));
            return item;
        }
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!shape.Fields.TryGetValue(key, out var field))
            {
                diagnostics.Add(Error(DiagnosticCodes.UnknownKey, keyNode,
                    $"unknown key '{key}'{Nearest.Hint(key, shape.Fields.Keys)} (its shape declares: {string.Join(", ", shape.Fields.Keys)})"));
                continue;
            }
            item[key] = Typed(valueNode, key, field, sourceIds, diagnostics);
        }
        foreach (var (name, field) in shape.Fields)
        {
            if (!item.ContainsKey(name))
            {
                if (field.Required)
                    diagnostics.Add(Error(DiagnosticCodes.MissingField, node, $"missing required key '{name}'"));
                item[name] = field.Type is FieldType.List or FieldType.Sources ? new ScriptArray() : null;
            }
        }
        return item;
    }

    private object? Typed(YamlNode node, string key, FieldShape field, IReadOnlyCollection<string> sourceIds, ICollection<Diagnostic> diagnostics)
    {
        if (field.Type is FieldType.List or FieldType.Sources)
        {
            if (node is not YamlSequenceNode list)
            {
                diagnostics.Add(Error(DiagnosticCodes.InvalidValue, node, $"'{key}' expects a list (lines starting with '- ', or [a, b])"));
                return new ScriptArray();
            }
            var values = new ScriptArray();
            foreach (var child in list.Children)
            {
                var text = (child as YamlScalarNode)?.Value ?? "";
                if (field.Type == FieldType.Sources && !sourceIds.Contains(text))
                    diagnostics.Add(Error(DiagnosticCodes.UnknownSource, child, $"unknown source '{text}'{Nearest.Hint(text, sourceIds)} (sources are declared in input/data/sources.yml)"));
                values.Add(text);
            }
            if (field.Type == FieldType.Sources && values.Count == 0 && field.Required)
                diagnostics.Add(Error(DiagnosticCodes.MissingField, node, "this item cites no source: add 'sources: [id]'"));
            return values;
        }
        if (node is not YamlScalarNode { Value: { } value })
        {
            diagnostics.Add(Error(DiagnosticCodes.InvalidValue, node, $"'{key}' expects {Describe(field.Type)}"));
            return null;
        }
        object? typed = field.Type switch
        {
            FieldType.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
            FieldType.Date => PartialDate.Parse(value),
            FieldType.Bool => bool.TryParse(value, out var flag) ? flag : null,
            _ => value,
        };
        if (typed is null)
            diagnostics.Add(Error(DiagnosticCodes.InvalidValue, node, $"'{value}' is not {Describe(field.Type)}"));
        else if (field.Allowed.Count > 0 && !field.Allowed.Contains(value))
            diagnostics.Add(Error(DiagnosticCodes.InvalidValue, node, $"'{value}' is not one of: {string.Join(", ", field.Allowed)}{Nearest.Hint(value, field.Allowed)}"));
        return typed;
    }

    private static string Describe(FieldType type) => type switch
    {
        FieldType.Number => "a number",
        FieldType.Date => PartialDate.Expected,
        FieldType.Bool => "true or false",
        _ => "text",
    };

    private Diagnostic Error(string code, YamlNode node, string message) =>
        Diagnostic.Error(code, new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column), message);
}
