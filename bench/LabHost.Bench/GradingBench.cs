using System.Diagnostics;
using System.Text;
using LabHost.Grading;
using LabHost.Grading.Parsing;
using LabHost.Grading.Testing;
using LabHost.Labs.Loading;
using LabHost.Workspaces;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Bench;

/// <summary>
/// Times the grader: every step's checks of a lab evaluated on the snapshot taken after the
/// whole lab's solutions ran (the largest state the lab produces), per step and in all.
/// </summary>
internal static class GradingBench
{
    public static async Task<string> RunAsync(string labDirectory, int iterations)
    {
        var lab = LabLoader.Load(labDirectory).Lab ?? throw new InvalidOperationException($"{labDirectory} does not load");
        await using var workspace = await new SimulatedWorkspaceProvider().CreateAsync(new WorkspaceOptions { Owner = "bench" });
        await using var terminal = await workspace.OpenTerminalAsync();
        foreach (var line in lab.Steps.SelectMany(s => s.Solution))
        {
            var keys = line.Trim() == LabTester.DetachNotation ? "\u0010\u0011" : line + "\r";
            await terminal.WriteInputAsync(Encoding.UTF8.GetBytes(keys));
            await ((IIdleAwareWorkspace)workspace).WhenIdleAsync();
        }

        var snapshot = await workspace.GetSnapshotAsync();
        var context = new GradingContext(snapshot);
        var report = new StringBuilder($"Grader: lab {lab.Id}, snapshot with {snapshot.Networks.Length} networks, {snapshot.Containers.Length} containers, {snapshot.Commands.Length} commands; {iterations} evaluations each after warm-up\n");
        var total = 0.0;
        foreach (var step in lab.Steps)
        {
            var checks = step.Checks.Select(CheckCatalog.ToCheck).ToList();
            for (var i = 0; i < 1000; i++)
            {
                Grader.Evaluate(checks, context);
            }

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                Grader.Evaluate(checks, context);
            }

            var micros = clock.Elapsed.TotalMicroseconds / iterations;
            total += micros;
            report.Append($"  {step.Id,-22} {checks.Count} checks  {micros,8:0.0} µs per evaluation of all its checks\n");
        }

        report.Append($"  all steps                          {total,8:0.0} µs\n");
        return report.ToString();
    }
}
