using LabHost.Workspaces.Testing;

namespace LabHost.Workspaces.Docker;

[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerWorkspaceContractTests(HostEngine engine) : WorkspaceContractTests
{
    protected override string HostPrompt => "root@labhost:~# ";

    protected override TimeSpan TerminalTimeout => TimeSpan.FromSeconds(60);

    protected override IWorkspaceProvider CreateProvider(WorkspaceLimits limits) => new DockerWorkspaceProvider(engine.Options(), limits);
}
