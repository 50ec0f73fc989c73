namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// A template function. <paramref name="Parameters"/> are Go parameter types checked before the
/// call (<c>string</c>, <c>int</c>, <c>[]string</c> or <c>any</c>); with <paramref name="Variadic"/>
/// the last one repeats. Invoke throws <see cref="BuiltinException"/> for Go's "error calling".
/// </summary>
internal sealed record Builtin(string Name, string[] Parameters, bool Variadic, Func<BuiltinCall, TemplateValue> Invoke);

/// <summary>Arguments of one function call, already converted, and the output limit.</summary>
internal sealed record BuiltinCall(IReadOnlyList<TemplateValue> Args, int MaxChars)
{
    public string Str(int i) => ((StringValue)Args[i]).Value;

    public long Int(int i) => ((IntValue)Args[i]).Value;

    public TemplateValue Text(string text) => text.Length > MaxChars
        ? throw new BuiltinException("result exceeds the simulator's limit of " + MaxChars + " characters")
        : TemplateValue.String(text);
}

/// <summary>A function failed; Go prints it as <c>error calling NAME: MESSAGE</c>.</summary>
internal sealed class BuiltinException(string message) : Exception(message);
