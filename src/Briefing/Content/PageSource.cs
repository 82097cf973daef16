namespace Briefing.Content;

/// <summary>Where a page's text came from: the file as diagnostics name it, and its path inside the input folder.</summary>
/// <param name="File">Relative to the site root, '/' separators: what diagnostics print.</param>
/// <param name="InputPath">Relative to the input folder, '/' separators: what links between pages resolve against.</param>
/// <param name="BodyLineOffset">Lines of front matter before the Markdown body.</param>
public sealed record PageSource(string File, string InputPath, int BodyLineOffset = 0)
{
    /// <summary>The folder of the page inside the input, '' at the top, for resolving relative links as GitHub does.</summary>
    public string Folder => InputPath.Contains('/') ? InputPath[..InputPath.LastIndexOf('/')] : "";
}
