namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>A legacy link (--link NAME[:ALIAS]) to another container, resolved when the container was created.</summary>
public sealed record ContainerLink(string TargetId, string TargetName, string TargetHostname, string Alias);
