namespace Briefing.Engine.BuildRecords;

/// <summary>A folder a build reads, with the label its files are recorded under ("input", "theme").</summary>
/// <remarks>A class for the same reason as <see cref="ListedFile"/>: no run-time compiling of generics over it.</remarks>
public sealed record InputFolder(string Label, string Path);
