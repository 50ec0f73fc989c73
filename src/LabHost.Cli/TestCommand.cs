using LabHost.Grading.Parsing;
using LabHost.Grading.Testing;
using LabHost.Labs.Lint;
using LabHost.Labs.Loading;
using LabHost.Labs.Model;
using LabHost.Workspaces;

namespace LabHost.Cli;

/// <summary>`labhost test [DIR]`: each lab's solutions in a fresh workspace, step by step, with a report.</summary>
public static class TestCommand
{
    public static async Task<int> RunAsync(string directory, string workspaceProvider, Uri? dockerHost, TextWriter stdout, TextWriter stderr)
    {
        var labs = LabFolders.Find(directory);
        if (labs.Count == 0)
        {
            await stderr.WriteLineAsync($"labhost test: no lab in {directory} (a lab is a folder with lab.yaml)");
            return 2;
        }

        var provider = WorkspaceProviders.Create(workspaceProvider, dockerHost);
        if (provider is null)
        {
            await stderr.WriteLineAsync($"labhost test: unknown workspace provider '{workspaceProvider}' (known: {string.Join(", ", WorkspaceProviders.Names)})");
            return 2;
        }

        try
        {
            return await TestAsync(labs, provider, stdout);
        }
        catch (WorkspaceUnavailableException e)
        {
            var engine = provider.Name == "docker" ? $"\n  engine: {WorkspaceProviders.DockerEndpoint(dockerHost)}" : "";
            await stderr.WriteLineAsync($"labhost test: {e.English}\n  {e.InnerException?.Message}{engine}");
            return 1;
        }
        finally
        {
            if (provider is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private static async Task<int> TestAsync(IReadOnlyList<string> labs, IWorkspaceProvider provider, TextWriter stdout)
    {
        var failed = 0;
        foreach (var folder in labs)
        {
            var errors = LabLinter.Lint(folder, CheckCatalog.Instance).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                await stdout.WriteLineAsync($"{folder}: not tested: {errors.Count} lint error(s); run labhost lint {folder}");
                failed++;
                continue;
            }

            var lab = LabLoader.Load(folder).Lab!;
            var report = await new LabTester(provider).TestAsync(lab);
            await WriteAsync(stdout, folder, report);
            failed += report.Passed ? 0 : 1;
        }

        await stdout.WriteLineAsync(failed == 0 ? $"{labs.Count} lab(s) passed" : $"{failed} of {labs.Count} lab(s) failed");
        return failed == 0 ? 0 : 1;
    }

    private static async Task WriteAsync(TextWriter stdout, string folder, LabTestReport report)
    {
        await stdout.WriteLineAsync($"{folder} ({report.LabId})");
        foreach (var problem in report.EmptyMachineProblems)
        {
            await stdout.WriteLineAsync($"  FAIL on an empty machine: {problem}");
        }

        foreach (var step in report.Steps)
        {
            await stdout.WriteLineAsync($"  {(step.Problems.Count == 0 ? "ok  " : "FAIL")} {step.StepId} ({step.Duration.TotalMilliseconds:0} ms)");
            foreach (var problem in step.Problems)
            {
                await stdout.WriteLineAsync($"       {problem}");
            }

            if (step.Problems.Count > 0)
            {
                await stdout.WriteLineAsync(step.Commands.Count == 0 ? "       no command was recorded in this step" : "       commands recorded in this step:");
                foreach (var command in step.Commands)
                {
                    await stdout.WriteLineAsync($"         {command}");
                }
            }
        }
    }
}
