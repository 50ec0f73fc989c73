namespace LabHost.Workspaces.Simulated.Cli.Flags;

/// <summary>A command line the flag parser refuses, worded as spf13/pflag words it.</summary>
public sealed class FlagError(string message) : Exception(message);
