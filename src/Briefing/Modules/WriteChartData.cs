using System.Globalization;
using System.Text;
using Briefing.Data;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;

namespace Briefing.Modules;

/// <summary>
/// The capex chart's data as CSV (RFC 4180), written from the same figures the chart and its table are
/// drawn from, so a reader can check or reuse them: one row per figure, in the data file's order.
/// </summary>
public sealed class WriteChartData(string dataPipeline) : IModule
{
    /// <summary>Where the file is published; the timeline layout links to it.</summary>
    public const string CapexDestination = "data/capex.csv";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var data = RenderMarkdown.SiteDataOf(context, dataPipeline);
        if (data.Capex.Count == 0)
            return Task.FromResult(inputs);
        return Task.FromResult<IReadOnlyList<Document>>([
            .. inputs,
            Document.Create(null, new TextContent(CapexCsv(data))).WithDestination(CapexDestination),
        ]);
    }

    public static string CapexCsv(SiteData data)
    {
        var csv = new StringBuilder();
        Row(csv, ["company", "year", "low", "high", "status", "label", "sources"]);
        foreach (var figure in data.Capex)
        {
            Row(csv, [
                data.FindCompany(figure.Company)?.Name ?? figure.Company,
                figure.Year.ToString(CultureInfo.InvariantCulture),
                Number(figure.Low),
                Number(figure.High),
                figure.Status.ToString().ToLowerInvariant(),
                figure.Label,
                string.Join("; ", figure.Sources.Select(source => source.Id)),
            ]);
        }
        return csv.ToString();
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Quote));
        csv.Append("\r\n");
    }

    /// <summary>Quoted only when it must be: a comma, a quote or a line break inside.</summary>
    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
