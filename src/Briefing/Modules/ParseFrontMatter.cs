using System.Text;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Engine.Caching;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Modules;
using Briefing.Metadata;
using Briefing.Yaml;
using YamlDotNet.RepresentationModel;

namespace Briefing.Modules;

/// <summary>Reads a page's front matter into <see cref="FrontMatter"/>; the document keeps only the Markdown body.</summary>
public sealed class ParseFrontMatter : ParallelModule
{
    private readonly ResultCache<Document?> _cache = new();

    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var parsed = _cache.GetOrCompute(input.Get(SiteKeys.PageSource).File, [input.Content], context, diagnostics => Parse(input, diagnostics));
        return parsed is null ? [] : [parsed];
    }

    private static Document? Parse(Document input, DiagnosticBag diagnostics)
    {
        var source = input.Get(SiteKeys.PageSource);
        var text = input.Content.ReadText();
        var parts = FrontMatterSplitter.Split(text, source.File, out var unclosed);
        if (unclosed is not null)
            diagnostics.Report(unclosed);
        var frontMatter = new FrontMatter();
        if (parts.Yaml is not null)
        {
            var binder = new YamlBinder(source.File, lineOffset: 1);
            var node = binder.Parse(parts.Yaml);
            if (node is YamlMappingNode)
                frontMatter = binder.Bind<FrontMatter>(node) ?? frontMatter;
            else if (node is not null)
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidYaml, new SourceLocation(source.File, (int)node.Start.Line + 1, (int)node.Start.Column),
                    "front matter must be 'key: value' lines (a mapping), such as 'title: My page'"));
            foreach (var diagnostic in binder.Diagnostics)
                diagnostics.Report(diagnostic);
            if (node is not YamlMappingNode || binder.Diagnostics.Count > 0)
                return null;
            foreach (var key in frontMatter.Params.Keys)
            {
                if (Nearest.Typo(key, YamlBinder.KeysOf(typeof(FrontMatter)).Keys) is { } known)
                {
                    diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.UnknownKey, frontMatter.KeyLocations[key],
                        $"unknown key '{key}'; did you mean '{known}'? (kept as page.params.{key}, which the theme does not use)"));
                }
            }
        }

        return input
            .WithContent(input.Content.From(Encoding.UTF8.GetByteCount(text.AsSpan(0, parts.BodyStart))))
            .With(SiteKeys.PageSource, source with { BodyLineOffset = parts.BodyLineOffset })
            .With(SiteKeys.FrontMatter, frontMatter);
    }
}
