using System.Collections;
using System.Globalization;
using System.Text;
using Briefing.Content;
using Briefing.Data;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Html;
using Briefing.Markdown;
using Briefing.Markdown.Citations;
using Briefing.Metadata;
using Briefing.Print;
using Briefing.Views;
using Briefing.Yaml;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templates;

/// <summary>A page put in its layout: the HTML, and where it cites each source (for the sources page).</summary>
public sealed record LaidOutPage(Utf8Content Html, IReadOnlyList<CitationUse> Uses);

/// <summary>
/// Renders one page with its layout (front matter <c>layout</c>, default "page"): builds what the
/// template sees (<c>site</c>, <c>page</c>, <c>data</c> and the functions <c>cite</c>, <c>asset</c>,
/// <c>capex_chart</c>, <c>capex_annotations</c>, <c>citations_of</c>, <c>company</c>, <c>chapters</c>, <c>page_with_layout</c>, <c>search_index</c>) and turns Scriban's errors into diagnostics at the template's line.
/// </summary>
public sealed class PageLayout(TemplateLibrary templates)
{
    public const string DefaultLayout = "page";

    private const int PageOutputCapacity = 128 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_pageOutput;

    public LaidOutPage? Render(Document page, LayoutSurroundings surroundings, DiagnosticBag diagnostics)
    {
        var frontMatter = page.Get(SiteKeys.FrontMatter);
        var markdown = page.Get(SiteKeys.Markdown);
        var source = page.Get(SiteKeys.PageSource);
        var url = page.Get(SiteKeys.Url);
        var data = surroundings.Data;

        var layoutName = frontMatter.Layout ?? DefaultLayout;
        var layout = templates.Find($"layouts/{layoutName}.sbn");
        if (layout is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownLayout, KeyLocation(frontMatter, source, "layout"),
                $"unknown layout '{layoutName}'{Nearest.Hint(layoutName, templates.LayoutNames())} (layouts are theme/layouts/*.sbn)"));
            return null;
        }
        foreach (var problem in layout.Problems)
            diagnostics.Report(problem);
        if (layout.HasErrors)
            return null;

        Company? company = null;
        if (frontMatter.Company is { } companyId && (company = data.FindCompany(companyId)) is null)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownReference, KeyLocation(frontMatter, source, "company"),
                $"unknown company '{companyId}'{Nearest.Hint(companyId, data.Companies.Select(c => c.Id))}"));
            return null;
        }

        var tables = new List<DataTable>();
        foreach (var tableId in frontMatter.Tables)
        {
            if (data.Tables.TryGetValue(tableId, out var table))
            {
                tables.Add(table);
                continue;
            }
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownReference, KeyLocation(frontMatter, source, "tables"),
                $"unknown table '{tableId}'{Nearest.Hint(tableId, data.Tables.Keys)} (tables are input/data/tables/ID.yml)"));
            return null;
        }

        // Data cells number their notes on from the Markdown's, on a copy: the Markdown's may be reused.
        var notes = markdown.Notes.Clone();
        var siteModel = surroundings.SiteModelFor(url);
        var pageModel = new PageModel(
            markdown.Title,
            markdown.TitleId,
            frontMatter.Description,
            url,
            siteModel.BaseUrl is { } address ? address + url : null,
            frontMatter.Date is { } date ? LayoutSurroundings.DisplayDate(date) : null,
            frontMatter.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            frontMatter.Tags,
            new TrustedHtml(page.Content.ReadText()),
            markdown.Headings.Where(h => h.Level is 2 or 3).ToList(),
            surroundings.BreadcrumbsFor(url),
            notes.All,
            company,
            tables,
            frontMatter.Params,
            url == "/");

        var globals = new ScriptObject
        {
            ["site"] = siteModel,
            ["page"] = pageModel,
            ["data"] = surroundings.DataModel,
            ["include"] = new TrustedInclude(),
        };
        globals.AddFunction("cite", new Func<object?, TrustedHtml>(sources => Cite(sources, data, notes)));
        var templateErrors = new List<Diagnostic>();
        globals.AddFunction("asset", new Func<TemplateContext, SourceSpan, string, string>((_, span, path) =>
        {
            if (surroundings.Assets.TryGetValue(path, out var fingerprinted))
                return fingerprinted;
            templateErrors.Add(Diagnostic.Error(DiagnosticCodes.TemplateRuntime, TemplateLibrary.At(span),
                $"asset '{path}' does not exist (assets are theme/assets/** and input/assets/**)"));
            return "";
        }));
        globals.AddFunction("company", new Func<TemplateContext, SourceSpan, string, Company?>((_, span, id) =>
        {
            var found = data.FindCompany(id);
            if (found is null)
                templateErrors.Add(DataDiagnostics.UnknownCompany(id, TemplateLibrary.At(span), data.Companies));
            return found;
        }));

        var context = new EscapingTemplateContext
        {
            TemplateLoader = templates,
            StrictVariables = true,
            LoopLimit = 1_000_000,
            RecursiveLimit = 64,
            // A misspelt member (page.titel) is an error, not an empty string.
            EnableRelaxedMemberAccess = false,
            // Scriban cuts strings longer than 1 MB by default: a long page would be silently truncated.
            LimitToString = 0,
        };
        context.PushGlobal(surroundings.SharedFunctions);
        context.PushGlobal(globals);
        // One page-sized buffer per thread, kept between pages: Scriban's default output grows a page chunk
        // by chunk and, cleared after rendering, allocates a page-sized array again (measured as garbage-collection time).
        var output = t_pageOutput ??= new StringBuilder(PageOutputCapacity);
        output.Clear(); // a page whose layout failed may have left its part
        context.PushOutput(new StringBuilderOutput(output));
        string html;
        try
        {
            html = layout.Template.Render(context);
        }
        catch (ScriptRuntimeException problem)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.TemplateRuntime, TemplateLibrary.At(problem.Span),
                $"{problem.OriginalMessage} (while rendering {source.File})"));
            return null;
        }

        foreach (var problem in templateErrors)
            diagnostics.Report(problem);
        if (templateErrors.Count > 0)
            return null;

        var uses = notes.All
            .Where(n => n.Source is not null)
            .SelectMany(n => n.Markers.Select(m => new CitationUse(n.Source!.Id, url, markdown.Title, m.Id, n.Number, m.Locator)))
            .ToList();
        return new LaidOutPage(Utf8Content.Of(html), uses);
    }

    /// <summary>The template's <c>cite item.sources</c>: markers for a data cell, numbered on from the page's notes.</summary>
    private static TrustedHtml Cite(object? sources, SiteData data, PageNotes notes)
    {
        var markers = (sources as IEnumerable ?? Array.Empty<object>())
            .Cast<object>()
            .Select(s => data.FindSource(s.ToString() ?? ""))
            .OfType<Source>()
            .Select(s => notes.CiteSource(s, null))
            .ToList();
        return new TrustedHtml(markers.Count == 0 ? "" : NoteMarkerHtml.Of(markers));
    }

    private static SourceLocation KeyLocation(FrontMatter frontMatter, PageSource source, string key) =>
        frontMatter.KeyLocations.TryGetValue(key, out var location) ? location : new SourceLocation(source.File, 1, 1);
}
