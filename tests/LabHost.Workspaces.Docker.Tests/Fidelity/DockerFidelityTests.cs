using LabHost.Workspaces.Testing.Fidelity;

namespace LabHost.Workspaces.Docker.Fidelity;

/// <summary>
/// The fidelity cases run as scripts on the host of a Docker workspace (as `labhost run` would),
/// compared with what the reference engine printed, after the same normalising as the simulated
/// workspace's suite. Where the two real engines legitimately differ (the workspace's host is a
/// container on a bridge, not a VM on 10.0.2.15), <see cref="HostDifferences"/> says so.
/// </summary>
[Collection(DockerCollection.Name)]
[Trait("Category", "Docker")]
public sealed class DockerFidelityTests(HostEngine engine) : IAsyncLifetime
{
    private DockerWorkspaceProvider provider = null!;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(FidelityPaths.Root, "cases"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    private static string Normalize(string transcript) =>
        GoMapOrder.Normalize(HostDifferences.Normalize(TranscriptNormalizer.Normalize(transcript)));

    public Task InitializeAsync()
    {
        provider = new DockerWorkspaceProvider(engine.Options());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await provider.DisposeAsync();

    /// <summary>Each case's transcript is kept in $TMPDIR/labhost-docker-fidelity to diff by hand.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_DockerTranscript_MatchesReferenceEngine(string name)
    {
        var script = await File.ReadAllTextAsync(Path.Combine(FidelityPaths.Root, "cases", name + ".txt"));
        var expectedFile = Path.Combine(FidelityPaths.ExpectedDirectory, name + ".txt");
        Assert.True(File.Exists(expectedFile), $"no captured transcript for {name} at {expectedFile}");
        await using var workspace = (DockerWorkspace)await provider.CreateAsync(new WorkspaceOptions { Owner = "fidelity" });

        var actual = await workspace.RunScriptAsync(script);
        var kept = Path.Combine(Path.GetTempPath(), "labhost-docker-fidelity");
        Directory.CreateDirectory(kept);
        await File.WriteAllTextAsync(Path.Combine(kept, name + ".txt"), actual);

        Assert.Equal(
            Normalize(await File.ReadAllTextAsync(expectedFile)),
            Normalize(actual));
    }
}
