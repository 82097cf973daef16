namespace Briefing.Yaml;

/// <summary>
/// Marks a dictionary property that takes every key no other property names, each value bound to the
/// dictionary's value type: a matrix dimension's cells keyed by company id, a table row's cells keyed by
/// column id. Which keys are allowed is known only once every file is read, so it is checked later,
/// at the key's position (kept in <see cref="IKeyLocations"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OtherKeysAttribute : Attribute;
