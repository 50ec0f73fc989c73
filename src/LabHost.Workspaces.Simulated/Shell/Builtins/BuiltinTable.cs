using LabHost.Workspaces.Simulated.Programs.Core;

namespace LabHost.Workspaces.Simulated.Shell.Builtins;

/// <summary>The builtins of each dialect, in one explicit table.</summary>
internal static class BuiltinTable
{
    public static IReadOnlyDictionary<string, IShellBuiltin> For(ShellDialect dialect) =>
        new Dictionary<string, IShellBuiltin>(StringComparer.Ordinal)
        {
            ["cd"] = new CdBuiltin(),
            ["echo"] = new ProgramBuiltin(new EchoProgram()),
            ["exit"] = new ExitBuiltin(),
            ["export"] = new ExportBuiltin(),
            ["unset"] = new UnsetBuiltin(),
            ["true"] = new ProgramBuiltin(new StatusProgram(0)),
            ["false"] = new ProgramBuiltin(new StatusProgram(1)),
            [":"] = new ProgramBuiltin(new StatusProgram(0)),
            ["history"] = new HistoryBuiltin(),
            ["help"] = new HelpBuiltin(),
            ["clear"] = new ClearBuiltin(),
            ["pwd"] = new PwdBuiltin(),
            ["type"] = new TypeBuiltin(which: false),
            ["which"] = new TypeBuiltin(which: true),
            ["set"] = new SetBuiltin(),
        };
}
