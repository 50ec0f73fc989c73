using LabHost.Workspaces;

namespace LabHost.Workspaces.Simulated.Workspace;

public sealed class SimulatedWorkspaceContractTests : WorkspaceContractTests
{
    protected override string HostPrompt => "root@labhost:~# ";

    protected override IWorkspaceProvider CreateProvider() => new SimulatedWorkspaceProvider();
}
