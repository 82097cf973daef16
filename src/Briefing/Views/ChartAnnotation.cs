using Briefing.Data;

namespace Briefing.Views;

/// <summary>An annotated event the chart marks, with its number in the key and its company (null for the whole market).</summary>
public sealed record ChartAnnotation(int Number, TimelineEvent Event, Company? Company);
