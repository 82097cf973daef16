using System.Globalization;
using System.Net;
using System.Text;
using Briefing.Data;

namespace Briefing.Views;

/// <summary>
/// The capex chart, drawn at build time as SVG (no chart library, no script): one group per year,
/// one bar per figure, so conflicting estimates stand side by side. A range is drawn from its low
/// to its high value; a single figure is a short bar at its value. Reported, estimated and projected
/// figures differ in fill (CSS classes, so dark mode and print restyle them). The page shows the same
/// data as a table beside it. An event with an <c>annotation</c> in a year the chart draws is a
/// numbered mark above its company's bars of that year (above the year's bars for an event of the whole
/// market); the layout lists the numbers with their text under the chart (<see cref="Annotations"/>).
/// </summary>
public static class CapexChart
{
    private const int Width = 720;
    private const int Height = 380;
    private const int Left = 64;
    private const int Right = 16;
    private const int LegendPerRow = 6;
    private const int Bottom = 48;
    private const int MarkRadius = 9;

    /// <summary>Room kept above the plot for the marks over the tallest bars.</summary>
    private const int MarkHeadroom = 22;

    /// <summary>The years the chart draws: every year with a capex figure, in order.</summary>
    public static IReadOnlyList<int> Years(SiteData data) => data.Capex.Select(f => f.Year).Distinct().Order().ToList();

    /// <summary>The events whose annotation the chart draws, numbered from 1 in the timeline's order.</summary>
    public static IReadOnlyList<ChartAnnotation> Annotations(SiteData data)
    {
        var years = Years(data);
        return data.Events
            .Where(e => !string.IsNullOrWhiteSpace(e.Annotation) && years.Contains(e.Date.Year))
            .Select((e, i) => new ChartAnnotation(i + 1, e, e.Company is null ? null : data.FindCompany(e.Company)))
            .ToList();
    }

    public static string Render(SiteData data)
    {
        var figures = data.Capex;
        if (figures.Count == 0)
            return "";
        var years = Years(data);
        var annotations = Annotations(data);
        var companies = data.Companies.Where(c => figures.Any(f => f.Company == c.Id)).ToList();
        var top = NiceCeiling(figures.Max(f => f.High));
        var plotWidth = Width - Left - Right;
        var svg = new StringBuilder();
        var plotTop = 0;
        var plotHeight = 0;
        double Y(decimal value) => plotTop + plotHeight - (double)(value / top) * plotHeight;

        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"capex-chart-title capex-chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"capex-chart-title\">Capital expenditure by company and year, in US$ billions</title>");
        svg.Append("<desc id=\"capex-chart-desc\">")
            .Append(Encode(string.Join("; ", figures.Select(f => $"{NameOf(data, f.Company)} {f.Year}: {f.Label} ({f.Status.ToString().ToLowerInvariant()})"))))
            .Append('.')
            .Append(Encode(annotations.Count == 0 ? "" : " Numbered marks: " + string.Join("; ", annotations.Select(a => $"{a.Number}, {a.Company?.Name ?? "the whole market"} {a.Event.Date.Display}: {a.Event.Annotation}")) + "."))
            .Append(" The table below gives the same figures with their sources.</desc>");

        plotTop = Legend(svg, companies) + (annotations.Count > 0 ? MarkHeadroom : 0);
        plotHeight = Height - plotTop - Bottom;

        var step = top <= 200 ? 20m : 50m;
        for (var tick = 0m; tick <= top; tick += step)
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 8}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">${tick:0.#}B</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-title\" transform=\"translate(14 {plotTop + plotHeight / 2}) rotate(-90)\" text-anchor=\"middle\">US$ billions</text>");

        var groupWidth = (double)plotWidth / years.Count;
        for (var yearIndex = 0; yearIndex < years.Count; yearIndex++)
        {
            var year = years[yearIndex];
            var inYear = companies.SelectMany(c => figures.Where(f => f.Year == year && f.Company == c.Id).Select(f => (Figure: f, Company: c))).ToList();
            var barWidth = Math.Min(40, (groupWidth - 24) / Math.Max(1, inYear.Count));
            var x = Left + (yearIndex * groupWidth) + ((groupWidth - (barWidth * inYear.Count)) / 2);
            // Where each bar's value label sits, so the marks go above the labels, not over them.
            var labels = new List<(string Company, double X, double Top)>();
            for (var slot = 0; slot < inYear.Count; slot++)
            {
                var (figure, company) = inYear[slot];
                var series = $"{company.Series} {figure.Status.ToString().ToLowerInvariant()}";
                var (zero, low, high) = (Y(0), Y(figure.Low), Y(figure.High));
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"bar {series}\" x=\"{x + 3:0.#}\" y=\"{low:0.#}\" width=\"{barWidth - 6:0.#}\" height=\"{zero - low:0.#}\"/>");
                if (figure.IsRange)
                {
                    // The uncertain part of a range, from its low to its high value, drawn apart from the certain part.
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect class=\"bar range-part {series}\" x=\"{x + 3:0.#}\" y=\"{high:0.#}\" width=\"{barWidth - 6:0.#}\" height=\"{low - high:0.#}\"/>");
                }

                // Neighbouring labels alternate in height so two figures for one year never overlap.
                var labelY = high - 6 - (slot % 2 * 14);
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{x + barWidth / 2:0.#}\" y=\"{labelY:0.#}\" text-anchor=\"middle\">{Encode(figure.Amount)}</text>");
                labels.Add((company.Id, x + (barWidth / 2), labelY - 12));
                x += barWidth;
            }
            Marks(svg, annotations.Where(a => a.Event.Date.Year == year).ToList(), labels,
                Left + (yearIndex * groupWidth) + (groupWidth / 2), Y(0) - 12);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"year\" x=\"{Left + (yearIndex * groupWidth) + (groupWidth / 2):0.#}\" y=\"{Height - Bottom + 22}\" text-anchor=\"middle\">{year}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(0):0.#}\" y2=\"{Y(0):0.#}\"/>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// The numbered marks of one year: over the labels of the event's company in that year, or over all
    /// the year's labels when the company has no bar there or the event is the whole market's; marks at
    /// one place stand side by side.
    /// </summary>
    private static void Marks(StringBuilder svg, IReadOnlyList<ChartAnnotation> marks, IReadOnlyList<(string Company, double X, double Top)> labels, double yearCentre, double yearTop)
    {
        foreach (var place in marks.GroupBy(a => labels.Any(l => l.Company == a.Event.Company) ? a.Event.Company : null))
        {
            var over = labels.Where(l => place.Key is null || l.Company == place.Key).ToList();
            var centre = over.Count == 0 ? yearCentre : over.Average(l => l.X);
            var y = (over.Count == 0 ? yearTop : over.Min(l => l.Top)) - MarkRadius;
            var atPlace = place.ToList();
            for (var i = 0; i < atPlace.Count; i++)
            {
                var x = centre + ((i - ((atPlace.Count - 1) / 2.0)) * ((MarkRadius * 2) + 4));
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"annotation-mark\"><circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{MarkRadius}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"middle\">{atPlace[i].Number}</text></g>");
            }
        }
    }

    /// <summary>One key per company, then one per status, six to a row; returns where the plot may start.</summary>
    private static int Legend(StringBuilder svg, IReadOnlyList<Company> companies)
    {
        var keys = companies.Select(c => (Class: $"{c.Series} reported", Text: c.Name))
            .Concat(Enum.GetValues<FigureStatus>().Select(s => s.ToString().ToLowerInvariant()).Select(s => (Class: $"series-neutral {s}", Text: s)))
            .ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var (x, y) = (Left + (i % LegendPerRow * 110), 12 + (i / LegendPerRow * 20));
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {Encode(keys[i].Class)}\" x=\"{x}\" y=\"{y}\" width=\"14\" height=\"14\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{x + 20}\" y=\"{y + 12}\">{Encode(keys[i].Text)}</text>");
        }
        var noteY = 24 + ((keys.Count + LegendPerRow - 1) / LegendPerRow * 20);
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend note\" x=\"{Left}\" y=\"{noteY}\">The pale top of a bar is a range (low to high); bars side by side in one year come from different sources.</text>");
        return noteY + 28;
    }

    private static string NameOf(SiteData data, string companyId) => data.FindCompany(companyId)?.Name ?? companyId;

    /// <summary>The smallest round value at or above the highest figure, so the axis has clean ticks.</summary>
    private static decimal NiceCeiling(decimal value) => value <= 200 ? Math.Max(20, Math.Ceiling(value / 20) * 20) : Math.Ceiling(value / 50) * 50;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
