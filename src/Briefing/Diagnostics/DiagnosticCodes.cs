namespace Briefing.Diagnostics;

/// <summary>Every diagnostic the site reports. docs/diagnostics.md shows each with an example and its fix.</summary>
public static class DiagnosticCodes
{
    public const string InputFolderMissing = "BRF001";
    public const string OutputFolderUnusable = "BRF002";

    public const string UnknownSource = "BRF101";
    public const string FootnoteNotDefined = "BRF102";
    public const string FootnoteNotReferenced = "BRF103";
    public const string SourceNeverCited = "BRF104";
    public const string CitationNotParsed = "BRF105";

    public const string FrontMatterNotClosed = "BRF201";
    public const string InvalidYaml = "BRF202";
    public const string UnknownKey = "BRF203";
    public const string InvalidValue = "BRF204";
    public const string MissingField = "BRF205";
    public const string UnknownReference = "BRF206";
    public const string AnnotationNotDrawn = "BRF207";

    public const string DuplicateUrl = "BRF301";
    public const string UnknownLayout = "BRF302";
    public const string ScriptInContent = "BRF303";
    public const string NotUtf8 = "BRF304";

    public const string BrokenLink = "BRF401";
    public const string MissingAnchor = "BRF402";
    public const string DuplicateId = "BRF403";

    public const string TemplateSyntax = "BRF501";
    public const string TemplateRuntime = "BRF502";

    public const string NoSiteAddress = "BRF601";
}
