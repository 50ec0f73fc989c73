using LabHost.Workspaces.Testing.Fidelity;

namespace LabHost.Workspaces.Simulated.Fidelity;

/// <summary>
/// The differential fidelity suite: every case in tests/fidelity/cases runs in a fresh simulated
/// workspace, and its transcript must equal what the real engine printed (tests/fidelity/expected,
/// or the directory LABHOST_FIDELITY_EXPECTED names, which CI fills by capturing live) after
/// normalising only what differs between any two engines.
/// </summary>
public sealed class FidelityTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(FidelityPaths.Root, "cases"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_SimulatedTranscript_MatchesRealEngine(string name)
    {
        var script = await File.ReadAllTextAsync(Path.Combine(FidelityPaths.Root, "cases", name + ".txt"));
        var expectedFile = Path.Combine(FidelityPaths.ExpectedDirectory, name + ".txt");
        Assert.True(File.Exists(expectedFile), $"no captured transcript for {name} at {expectedFile}");

        var actual = await new ScriptRunner().RunScriptAsync(script);

        Assert.Equal(
            TranscriptNormalizer.Normalize(await File.ReadAllTextAsync(expectedFile)),
            TranscriptNormalizer.Normalize(actual));
    }

    [Fact]
    public void Cases_TogetherHoldAtLeast150Commands()
    {
        var commands = Directory.GetFiles(Path.Combine(FidelityPaths.Root, "cases"), "*.txt")
            .Sum(f => ScriptRunner.CommandLines(File.ReadAllText(f)).Count());

        Assert.True(commands >= 150, $"the fidelity suite has {commands} commands");
    }
}
