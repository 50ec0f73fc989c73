using LabHost.Grading.Testing;
using LabHost.Labs.Loading;

namespace LabHost.Workspaces.Docker;

/// <summary>`labhost test --workspace docker` on the lecture lab: its solutions typed into a real Docker-in-Docker workspace.</summary>
[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerLabTests(HostEngine engine)
{
    /// <summary>
    /// Every step, the ipvlan one included: on a kernel without 802.1Q VLANs (the CI VM) its parent
    /// eth0.10 is the workspace image's stand-in link (tools/workspace-image, labhost-dind).
    /// </summary>
    [Fact]
    public async Task LectureLab_OnRealDocker_EveryStepPasses()
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options());
        var lab = LabLoader.Load(Path.Combine(HostEngine.RepositoryRoot, "labs", "docker-networking")).Lab!;

        var report = await new LabTester(provider).TestAsync(lab);

        Assert.Empty(report.EmptyMachineProblems);
        Assert.Contains(report.Steps, s => s.StepId == "ipvlan");
        Assert.All(report.Steps, step => Assert.True(
            step.Problems.Count == 0, $"step {step.StepId}: {string.Join("; ", step.Problems)}\n{string.Join("\n", step.Commands)}"));
    }
}
