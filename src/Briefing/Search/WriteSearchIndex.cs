using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Engine.Caching;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Templates;

namespace Briefing.Search;

/// <summary>
/// Writes search-index.json, what a client-side search reads: for each finished page of
/// <paramref name="pagesFrom"/> (in address order), its address, title and passages (<see cref="SearchPassages"/>).
/// The shape is kept short because the whole file is fetched before the first result shows:
/// <c>{"pages":[{"u":url,"t":title,"p":[[id,heading,text],…]},…]}</c>. A page with no searchable text
/// (a search page, a print edition that repeats every other page) is left out. Runs in PostProcess of a
/// pipeline that depends on the pages, so it reads them laid out. Written only when some page's layout
/// asks for its address (<see cref="AddressFunction"/>): reading every page again costs about as much as
/// laying them out, which a site without a search page should not pay.
/// </summary>
public sealed class WriteSearchIndex(TemplateLibrary templates, IReadOnlyList<string> pagesFrom) : IModule
{
    /// <summary>Where the index is published.</summary>
    public const string Address = SearchIndexFunction.Address;

    /// <summary>The template function that gives <see cref="Address"/>, and whose use makes the build write the index.</summary>
    public const string AddressFunction = SearchIndexFunction.Name;

    // The file is read with JSON.parse, never put in HTML, so only what JSON itself requires is escaped (accented letters stay one byte or two, not six).
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ResultCache<IReadOnlyList<Passage>> _cache = new();

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var pages = pagesFrom.SelectMany(context.OutputsOf)
            .Where(d => d.Has(SiteKeys.Markdown) && d.Destination is not null && d.Destination.EndsWith(".html", StringComparison.Ordinal))
            .OrderBy(d => d.Get(SiteKeys.Url), StringComparer.Ordinal)
            .ToList();
        if (!pages.Select(d => d.Get(SiteKeys.FrontMatter).Layout ?? PageLayout.DefaultLayout).Distinct(StringComparer.Ordinal).Any(ReadsTheIndex))
            return Task.FromResult(inputs);
        var passages = new IReadOnlyList<Passage>[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { CancellationToken = context.CancellationToken }, () => new HtmlParser(), (i, _, parser) =>
        {
            passages[i] = _cache.GetOrCompute(pages[i].Get(SiteKeys.Url), [pages[i].Content], context, _ => SearchPassages.Of(pages[i].Content.ReadText(), parser));
            return parser;
        }, _ => { });

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteStartArray("pages");
            for (var i = 0; i < pages.Count; i++)
            {
                if (passages[i].Count == 0)
                    continue;
                json.WriteStartObject();
                json.WriteString("u", pages[i].Get(SiteKeys.Url));
                json.WriteString("t", pages[i].Get(SiteKeys.Markdown).Title);
                json.WriteStartArray("p");
                foreach (var passage in passages[i])
                {
                    json.WriteStartArray();
                    json.WriteStringValue(passage.Id);
                    json.WriteStringValue(passage.Heading);
                    json.WriteStringValue(passage.Text);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var index = Document.Create(null, new Utf8Content(buffer.ToArray())).WithDestination(Address.TrimStart('/'));
        return Task.FromResult<IReadOnlyList<Document>>([.. inputs, index]);
    }

    private bool ReadsTheIndex(string layoutName) =>
        templates.Find($"layouts/{layoutName}.sbn") is { HasErrors: false } layout
        && TemplateGlobals.Of(layout, templates).Contains(AddressFunction);
}
