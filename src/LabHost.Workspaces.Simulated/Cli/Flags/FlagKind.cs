namespace LabHost.Workspaces.Simulated.Cli.Flags;

public enum FlagKind
{
    Bool,
    String,

    /// <summary>May be given many times; values kept in order (--label, --subnet, -o).</summary>
    List,
}
