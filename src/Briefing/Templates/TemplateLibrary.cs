using System.Collections.Concurrent;
using Briefing.Diagnostics;
using Briefing.Engine.Diagnostics;
using Briefing.Settings;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templates;

/// <summary>
/// The site's Scriban templates: layouts/NAME.sbn and partials/NAME.sbn, found in input/ first and
/// theme/ second (a file in input/ overrides the theme's file of the same path). Each is read and
/// parsed once per build, whatever the number of pages; the canonical relative path is the cache key.
/// </summary>
public sealed class TemplateLibrary(SiteSettings site) : ITemplateLoader
{
    private readonly ConcurrentDictionary<string, Lazy<ParsedTemplate?>> _templates = new(StringComparer.Ordinal);
    private readonly Lock _refreshing = new();
    private TemplateVersions _versions = TemplateVersions.None;

    /// <param name="Problems">Syntax errors and warnings, each at the template's file, line and column.</param>
    public sealed record ParsedTemplate(Template Template, string File, IReadOnlyList<Diagnostic> Problems)
    {
        public bool HasErrors => Problems.Any(p => p.IsError);
    }

    /// <summary>The parsed template at a path such as "layouts/page.sbn", or null when no folder has it.</summary>
    public ParsedTemplate? Find(string relativePath) =>
        _templates.GetOrAdd(relativePath, path => new Lazy<ParsedTemplate?>(() => Parse(path))).Value;

    /// <summary>
    /// Which template files exist and when each was last written. A template saved since the last call
    /// (an editor working in preview) is dropped from the parsed ones and read again; unchanged, the
    /// previous object is returned, so comparing versions per page costs nothing.
    /// </summary>
    public TemplateVersions Refresh()
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders().Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.sbn", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                byPath[relative] = byPath.GetValueOrDefault(relative, "") + $"{file}|{File.GetLastWriteTimeUtc(file).Ticks};";
            }
        }
        var versions = new TemplateVersions(byPath);
        lock (_refreshing)
        {
            if (versions.SameAs(_versions))
                return _versions;
            foreach (var path in _versions.ByPath.Keys.Union(byPath.Keys).Where(p => _versions.Of(p) != versions.Of(p)))
                _templates.TryRemove(path, out _);
            return _versions = versions;
        }
    }

    /// <summary>Layouts available, for "did you mean" hints.</summary>
    public IEnumerable<string> LayoutNames() =>
        Folders().Select(f => Path.Combine(f, "layouts")).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.sbn"))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Distinct().Order(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/').TrimStart('/');
        if (!name.EndsWith(".sbn", StringComparison.Ordinal))
            name += ".sbn";
        if (!name.Contains('/'))
            name = "partials/" + name;
        if (name.Split('/').Contains(".."))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' must name a file inside the theme");

        var parsed = Find(name)
            ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' does not exist: add input/{name} or theme/{name}");
        if (parsed.HasErrors)
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' has errors: {parsed.Problems.First(p => p.IsError)}");
        if (context.CurrentSourceFile == parsed.File)
            throw new ScriptRuntimeException(callerSpan, $"'{parsed.File}' includes itself: remove the include, or include another partial");

        // Hand Scriban our parsed template so it does not parse it again for every page.
        context.CachedTemplates[parsed.File] = parsed.Template;
        return parsed.File;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.ReadAllText(Path.Combine(site.RootFolder, templatePath));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    private IEnumerable<string> Folders() => [site.InputFolder, site.ThemeFolder];

    private ParsedTemplate? Parse(string relativePath)
    {
        var full = Folders().Select(f => Path.Combine(f, relativePath)).FirstOrDefault(File.Exists);
        if (full is null)
            return null;
        var display = site.DisplayPath(full);
        var template = Template.Parse(File.ReadAllText(full), display);
        // Scriban's warnings stay warnings: only its errors keep a template from being used.
        var problems = template.Messages
            .Select(m => m.Type == ParserMessageType.Error
                ? Diagnostic.Error(DiagnosticCodes.TemplateSyntax, At(m.Span), m.Message)
                : Diagnostic.Warning(DiagnosticCodes.TemplateSyntax, At(m.Span), m.Message))
            .ToList();
        return new ParsedTemplate(template, display, problems);
    }

    /// <summary>Scriban counts from 0; diagnostics from 1.</summary>
    public static SourceLocation At(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);
}
