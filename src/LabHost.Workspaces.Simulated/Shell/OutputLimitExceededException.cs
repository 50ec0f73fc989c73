namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Thrown into a program that keeps writing after its output budget was spent.</summary>
internal sealed class OutputLimitExceededException() : Exception("output limit exceeded");
