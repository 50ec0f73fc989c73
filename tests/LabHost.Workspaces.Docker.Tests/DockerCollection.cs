namespace LabHost.Workspaces.Docker;

/// <summary>Every test that needs the host engine: one engine for all, tests one at a time (a workspace boots a whole dockerd).</summary>
[CollectionDefinition(Name)]
public sealed class DockerCollection : ICollectionFixture<HostEngine>
{
    public const string Name = "docker";
}
