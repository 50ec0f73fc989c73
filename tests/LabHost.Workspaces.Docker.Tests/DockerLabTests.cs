using LabHost.Grading.Testing;
using LabHost.Labs.Loading;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// `labhost test --workspace docker` on every lab of labs/: its solutions typed into a real
/// Docker-in-Docker workspace, the same test CI runs on the simulated workspace.
/// </summary>
[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerLabTests(HostEngine engine)
{
    public static TheoryData<string> Labs() => new(LabFolders());

    [Theory]
    [MemberData(nameof(Labs))]
    public async Task Lab_OnRealDocker_EveryStepPasses(string labFolder)
    {
        await using var provider = new DockerWorkspaceProvider(engine.Options());
        var lab = LabLoader.Load(Path.Combine(HostEngine.RepositoryRoot, "labs", labFolder)).Lab!;

        var report = await new LabTester(provider).TestAsync(lab);

        Assert.Empty(report.EmptyMachineProblems);
        Assert.Equal(lab.Steps.Select(s => s.Id), report.Steps.Select(s => s.StepId));
        Assert.All(report.Steps, step => Assert.True(
            step.Problems.Count == 0, $"step {step.StepId}: {string.Join("; ", step.Problems)}\n{string.Join("\n", step.Commands)}"));
    }

    /// <summary>
    /// The lecture's ipvlan step is among them: on a kernel without 802.1Q VLANs (the CI VM) its
    /// parent eth0.10 is the workspace image's stand-in link (tools/workspace-image, labhost-dind).
    /// </summary>
    [Fact]
    public void Labs_IncludeTheLectureWithItsIpvlanStep()
    {
        Assert.Contains("docker-networking", LabFolders());
        var lecture = LabLoader.Load(Path.Combine(HostEngine.RepositoryRoot, "labs", "docker-networking")).Lab!;
        Assert.Contains(lecture.Steps, s => s.Id == "ipvlan");
    }

    private static IEnumerable<string> LabFolders() =>
        Directory.GetDirectories(Path.Combine(HostEngine.RepositoryRoot, "labs"))
            .Where(d => File.Exists(Path.Combine(d, LabLoader.FileName)))
            .Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);
}
