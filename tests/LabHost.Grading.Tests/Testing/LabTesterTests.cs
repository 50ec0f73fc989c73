using LabHost.Labs.Loading;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Grading.Testing;

public sealed class LabTesterTests
{
    private const string Lab = """
        id: two-networks
        title: { ko: 네트워크 두 개, en: Two networks }
        steps:
          - id: first
            checks:
              - kind: network-exists
                name: first-net
            solution:
              - docker network create first-net
          - id: second
            checks:
              - kind: network-exists
                name: second-net
            solution:
              - docker network create other-net
        """;

    [Fact]
    public async Task TestAsync_WithProgress_ReportsEachStepAsItIsTested()
    {
        var lab = LabLoader.Parse(Lab).Lab!;
        var progress = new Recorder();

        var report = await new LabTester(new SimulatedWorkspaceProvider()).TestAsync(lab, progress);

        Assert.Equal(["first", "second"], progress.Steps.Select(s => s.StepId));
        Assert.Equal(report.Steps, progress.Steps);
        Assert.Empty(progress.Steps[0].Problems);
        Assert.Contains("the network-exists check still fails", Assert.Single(progress.Steps[1].Problems), StringComparison.Ordinal);
    }

    /// <summary>Records synchronously (Progress{T} would post to a thread-pool callback, after the test looked).</summary>
    private sealed class Recorder : IProgress<StepTestResult>
    {
        public List<StepTestResult> Steps { get; } = [];

        public void Report(StepTestResult value) => Steps.Add(value);
    }
}
