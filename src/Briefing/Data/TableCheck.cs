using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

/// <summary>A table's rows against its columns: every cell under a known column, every column filled, dates as dates.</summary>
public static class TableCheck
{
    public static IEnumerable<Diagnostic> Check(DataTable table)
    {
        var columns = table.Columns.Select(c => c.Id).ToList();
        foreach (var duplicate in table.Columns.GroupBy(c => c.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            yield return Diagnostic.Error(DiagnosticCodes.InvalidValue, duplicate.Location, $"column id '{duplicate.Id}' is used twice");

        foreach (var row in table.Rows)
        {
            foreach (var key in row.Cells.Keys.Where(k => !columns.Contains(k)))
            {
                yield return Diagnostic.Error(DiagnosticCodes.UnknownKey, row.KeyLocations.GetValueOrDefault(key, row.Location),
                    $"unknown column '{key}'{Nearest.Hint(key, columns)} (the table's columns: {string.Join(", ", columns)})");
            }
            foreach (var column in table.Columns)
            {
                if (!row.Cells.TryGetValue(column.Id, out var text))
                {
                    yield return Diagnostic.Error(DiagnosticCodes.MissingField, row.Location, $"this row has no '{column.Id}' (write {column.Id}: \"\" for an empty cell)");
                    continue;
                }
                if (column.Type == ColumnType.Date && PartialDate.Parse(text) is null)
                {
                    yield return Diagnostic.Error(DiagnosticCodes.InvalidValue, row.KeyLocations.GetValueOrDefault(column.Id, row.Location),
                        $"'{text}' is not {PartialDate.Expected}");
                }
            }
        }
    }
}
