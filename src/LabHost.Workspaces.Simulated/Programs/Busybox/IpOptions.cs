namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>The global options of one `ip` run.</summary>
internal sealed record IpOptions(IpFamily Family, bool OneLine, bool Brief);
