using System.Diagnostics.CodeAnalysis;
using Scriban.Runtime;

namespace Briefing.Templates;

/// <summary>The one place a layout's functions are made from delegates.</summary>
internal static class TemplateFunctions
{
    /// <summary>Adds <paramref name="function"/> to <paramref name="target"/> under <paramref name="name"/>, as Scriban's <c>Import</c> does.</summary>
    /// <remarks>
    /// Scriban reflects over the delegate's method, which trimming could remove. The functions are this
    /// assembly's own lambdas, and the Native AOT publish (src/Briefing/Briefing.csproj) trims only the
    /// assemblies that ask to be trimmed, never this one, so the methods are there to reflect over.
    /// </remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The delegates' methods are in this assembly, which the Native AOT publish keeps whole (TrimMode partial).")]
    public static void AddFunction(this ScriptObject target, string name, Delegate function) => target.Import(name, function);
}
