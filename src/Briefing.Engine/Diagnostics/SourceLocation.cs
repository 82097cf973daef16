namespace Briefing.Engine.Diagnostics;

/// <summary>
/// A place in a file: path relative to the site root with '/' separators, line and column from 1.
/// Line 0 means the whole file. Parsers count from 0 (Markdig, YamlDotNet's index) or 1: convert at the parser's edge.
/// </summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public static SourceLocation Of(string file) => new(file);

    /// <summary>The MSBuild canonical origin: <c>file(line,col)</c>, so editors and IDEs jump to it.</summary>
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}({Line})" : $"{File}({Line},{Column})";
}
