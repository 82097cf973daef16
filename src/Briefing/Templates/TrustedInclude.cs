using Briefing.Html;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Templates;

/// <summary>
/// Scriban's <c>include</c>, marking what it returns as trusted HTML: a partial's output is
/// template output (already escaped where it printed values), not a value to escape again.
/// </summary>
public sealed class TrustedInclude : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => _include.GetParameterIndexByName(name);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml(_include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedHtml(await _include.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? "");
}
