using LabHost.Workspaces;
using LabHost.Workspaces.Testing;

namespace LabHost.Workspaces.Simulated.Workspace;

public sealed class SimulatedWorkspaceContractTests : WorkspaceContractTests
{
    protected override string HostPrompt => "root@labhost:~# ";

    protected override IWorkspaceProvider CreateProvider(WorkspaceLimits limits) => new SimulatedWorkspaceProvider(limits);
}
