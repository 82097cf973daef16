using Briefing.Content;
using Briefing.Engine.Diagnostics;
using Briefing.Engine.Documents;
using Briefing.Engine.Execution;
using Briefing.Engine.Modules;
using Briefing.Yaml;
using YamlDotNet.RepresentationModel;

namespace Briefing.Modules;

/// <summary>Reads a page's front matter into <see cref="FrontMatter"/>; the document keeps only the Markdown body.</summary>
public sealed class ParseFrontMatter : ParallelModule
{
    protected override IEnumerable<Document> Execute(Document input, IExecutionContext context)
    {
        var source = input.Get(SiteKeys.PageSource);
        var parts = FrontMatterSplitter.Split(input.Content.ReadText(), source.File);
        var frontMatter = new FrontMatter();
        if (parts.Yaml is not null)
        {
            var binder = new YamlBinder(source.File, lineOffset: 1);
            var node = binder.Parse(parts.Yaml);
            if (node is YamlMappingNode)
                frontMatter = binder.Bind<FrontMatter>(node) ?? frontMatter;
            else if (node is not null)
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidYaml, new SourceLocation(source.File, (int)node.Start.Line + 1, (int)node.Start.Column),
                    "front matter must be 'key: value' lines (a mapping), such as 'title: My page'"));
            foreach (var diagnostic in binder.Diagnostics)
                context.Diagnostics.Report(diagnostic);
            if (node is not YamlMappingNode || binder.Diagnostics.Count > 0)
                yield break;
        }

        yield return input
            .WithContent(parts.Body)
            .With(SiteKeys.PageSource, source with { BodyLineOffset = parts.BodyLineOffset })
            .With(SiteKeys.FrontMatter, frontMatter);
    }
}
