namespace LabHost.Workspaces.Simulated.Cli;

public static class ExitCodes
{
    public const int Error = 1;

    /// <summary>The docker CLI's status for its own usage errors and for failed `docker run`.</summary>
    public const int CliError = 125;

    public const int CannotInvoke = 126;

    public const int NotFound = 127;
}
