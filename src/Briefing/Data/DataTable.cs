using Briefing.Engine.Diagnostics;
using Briefing.Yaml;

namespace Briefing.Data;

public enum ColumnType
{
    Text,
    Date,
}

/// <summary>
/// input/data/tables/ID.yml: a table as data: its columns, its rows (a cell per column, under the
/// column's id) and the sources of each row. A page shows it by naming it in <c>tables:</c>.
/// </summary>
public sealed class DataTable : DataItem
{
    /// <summary>The file's name without ".yml", set when the file is read, not written in it.</summary>
    public string Id { get; internal set; } = "";

    public required string Caption { get; set; }

    public required List<TableColumn> Columns { get; set; }

    public required List<TableRow> Rows { get; set; }

    /// <summary>Each row's cells in column order, as a layout prints them (a missing cell is empty: the check reports it).</summary>
    internal void FillValues()
    {
        foreach (var row in Rows)
        {
            row.Values = Columns.Select(column => row.Cells.GetValueOrDefault(column.Id) is { } text
                    && column.Type == ColumnType.Date && PartialDate.Parse(text) is { } date
                ? new TableCell(date.Display, date.Iso)
                : new TableCell(row.Cells.GetValueOrDefault(column.Id) ?? "", null)).ToList();
        }
    }
}

public sealed class TableColumn : DataItem
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary>A date column holds dates as precise as the source gives them (2025, 2025-04) and prints them for readers.</summary>
    public ColumnType Type { get; set; } = ColumnType.Text;
}

public sealed class TableRow : CitedItem, IKeyLocations
{
    [OtherKeys]
    public Dictionary<string, string> Cells { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceLocation> KeyLocations { get; } = new(StringComparer.Ordinal);

    /// <summary>The cells in column order, ready to print; filled when the site's data is assembled.</summary>
    public IReadOnlyList<TableCell> Values { get; internal set; } = [];
}

/// <summary>A cell as a layout prints it: its text, and for a date its machine form for &lt;time datetime&gt;.</summary>
public sealed record TableCell(string Text, string? Iso);
