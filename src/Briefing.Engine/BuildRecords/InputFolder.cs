namespace Briefing.Engine.BuildRecords;

/// <summary>A folder a build reads, with the label its files are recorded under ("input", "theme").</summary>
public readonly record struct InputFolder(string Label, string Path);
