namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>A shell's mutable state: cwd, variables, last status, history. Not safe for concurrent use.</summary>
public sealed class ShellState
{
    public ShellState(ShellDialect dialect)
    {
        Dialect = dialect;
    }

    public ShellDialect Dialect { get; }

    public string WorkingDirectory { get; set; } = "/";

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Exported { get; } = new(StringComparer.Ordinal);

    public int LastStatus { get; set; }

    public List<HistoryEntry> History { get; } = [];

    /// <summary>The usual start: HOME, PATH, HOSTNAME, PWD exported; cwd / in ash, /root in bash.</summary>
    public static ShellState Create(ShellDialect dialect, string hostname)
    {
        var state = new ShellState(dialect) { WorkingDirectory = dialect == ShellDialect.Ash ? "/" : "/root" };
        state.Export("HOME", "/root");
        state.Export("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        state.Export("HOSTNAME", hostname);
        state.Export("PWD", state.WorkingDirectory);
        return state;
    }

    public void Export(string name, string value)
    {
        Variables[name] = value;
        Exported.Add(name);
    }

    /// <summary>The exported variables, as a child process's environment.</summary>
    public Dictionary<string, string> Environment() =>
        Exported.Where(Variables.ContainsKey).ToDictionary(n => n, n => Variables[n], StringComparer.Ordinal);

    /// <summary>A subshell's copy: what it changes (cd, variables) stays in it. History is not copied.</summary>
    public ShellState CopyForSubshell()
    {
        var copy = new ShellState(Dialect) { WorkingDirectory = WorkingDirectory, LastStatus = LastStatus };
        foreach (var (name, value) in Variables)
        {
            copy.Variables[name] = value;
        }

        copy.Exported.UnionWith(Exported);
        return copy;
    }

    public ShellSnapshot ToSnapshot() => new(
        Dialect, WorkingDirectory, new Dictionary<string, string>(Variables), [.. Exported], LastStatus, [.. History]);

    public static ShellState FromSnapshot(ShellSnapshot snapshot)
    {
        var state = new ShellState(snapshot.Dialect)
        {
            WorkingDirectory = snapshot.WorkingDirectory,
            LastStatus = snapshot.LastStatus,
        };
        foreach (var (name, value) in snapshot.Variables)
        {
            state.Variables[name] = value;
        }

        state.Exported.UnionWith(snapshot.Exported);
        state.History.AddRange(snapshot.History);
        return state;
    }
}
