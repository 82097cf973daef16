using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Markdown.Tables;

/// <summary>
/// A Markdown table inside a focusable box that scrolls sideways, so a wide table never makes the
/// whole page scroll on a phone (and keyboard users can scroll it: tabindex="0"). A column's alignment
/// is a class on its cells (align-left, align-center, align-right), not the style attribute Markdig
/// writes, which the site's Content-Security-Policy (style-src 'self') would block.
/// </summary>
public sealed class HtmlScrollingTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">");
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        var rows = table.OfType<TableRow>().ToList();
        WriteSection(renderer, table, "thead", rows.Where(r => r.IsHeader));
        WriteSection(renderer, table, "tbody", rows.Where(r => !r.IsHeader));
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static void WriteSection(HtmlRenderer renderer, Table table, string section, IEnumerable<TableRow> rows)
    {
        var written = false;
        foreach (var row in rows)
        {
            if (!written)
                renderer.Write('<').Write(section).WriteLine(">");
            written = true;
            renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
            var column = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                // Pipe tables leave ColumnIndex at -1: a cell's column is then its place in the row.
                WriteCell(renderer, table, row.IsHeader ? "th" : "td", cell, cell.ColumnIndex >= 0 ? cell.ColumnIndex : column);
                column += Math.Max(1, cell.ColumnSpan);
            }
            renderer.WriteLine("</tr>");
        }
        if (written)
            renderer.Write("</").Write(section).WriteLine(">");
    }

    private static void WriteCell(HtmlRenderer renderer, Table table, string tag, TableCell cell, int column)
    {
        renderer.Write('<').Write(tag);
        if (cell.ColumnSpan != 1)
            renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
        if (cell.RowSpan != 1)
            renderer.Write($" rowspan=\"{cell.RowSpan}\"");
        var columns = table.ColumnDefinitions;
        if (column < columns.Count && columns[column].Alignment is { } alignment)
            renderer.Write($" class=\"align-{alignment.ToString().ToLowerInvariant()}\"");
        renderer.WriteAttributes(cell).Write('>');

        // A pipe table's cell holds one paragraph, written without <p>, as GitHub writes it.
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        renderer.Write(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine($"</{tag}>");
    }
}
