using System.Diagnostics;
using System.Text;
using LabHost.Grading.Checks;
using LabHost.Grading.Parsing;
using LabHost.Labs.Model;
using LabHost.Workspaces;

namespace LabHost.Grading.Testing;

/// <summary>
/// Tests a lab like code, in a fresh workspace of any provider: no check may pass on an empty
/// machine (it would be a broken check); then, step by step, the step must not be complete
/// before its solution is typed and must be complete after, so the whole lab passes start to end.
/// Solutions are typed into the terminal line by line; "^P^Q" types Ctrl-P Ctrl-Q. Quizzes are
/// answered with the answers the quiz checks expect.
/// </summary>
public sealed class LabTester(IWorkspaceProvider provider)
{
    public const string DetachNotation = "^P^Q";

    public Task<LabTestReport> TestAsync(LabDefinition lab, CancellationToken cancellation = default) =>
        TestAsync(lab, progress: null, cancellation);

    /// <param name="progress">Told each step's result as soon as the step is tested (the web page's progress).</param>
    public async Task<LabTestReport> TestAsync(LabDefinition lab, IProgress<StepTestResult>? progress, CancellationToken cancellation = default)
    {
        var steps = lab.Steps.Select(s => (Step: s, Checks: s.Checks.Select(CheckCatalog.ToCheck).ToList())).ToList();
        await using var workspace = await provider.CreateAsync(new WorkspaceOptions { Owner = "labhost-test" }, cancellation);
        await using var terminal = await workspace.OpenTerminalAsync(cancellation);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);

        var empty = await workspace.GetSnapshotAsync(cancellation);
        var emptyProblems = steps.SelectMany(s => s.Checks.Select(c => (s.Step, Result: Grader.Evaluate(c, new GradingContext(empty)))))
            .Where(x => x.Result.Passed)
            .Select(x => $"lab.yaml:{x.Result.Check.Line}: step {x.Step.Id}: the {x.Result.Check.Kind} check passes on an empty machine, so it cannot tell whether the step was done")
            .ToList();

        var results = new List<StepTestResult>();
        foreach (var (step, checks) in steps)
        {
            var clock = Stopwatch.StartNew();
            var problems = new List<string>();
            var first = (await workspace.GetSnapshotAsync(cancellation)).Commands.Length;
            var before = Evaluate(checks, await workspace.GetSnapshotAsync(cancellation), answers, first);
            if (before.All(r => r.Passed))
            {
                problems.Add($"step {step.Id} is already complete before its solution runs: its checks cannot tell whether the learner did it");
            }

            foreach (var line in step.Solution)
            {
                await TypeAsync(workspace, terminal, line, cancellation);
            }

            foreach (var quiz in checks.OfType<QuizCheck>())
            {
                answers[quiz.Quiz] = quiz.Answer;
            }

            var snapshot = await workspace.GetSnapshotAsync(cancellation);
            var after = Evaluate(checks, snapshot, answers, first);
            problems.AddRange(after.Where(r => !r.Passed).Select(r =>
                $"lab.yaml:{r.Check.Line}: step {step.Id}: after the solution, the {r.Check.Kind} check still fails: {r.Message.En}"));
            var commands = snapshot.Commands.Skip(first).Select(c => $"[{c.Container ?? "host"}] exit {c.ExitStatus}: {c.Text}").ToList();
            var result = new StepTestResult(step.Id, problems, clock.Elapsed) { Commands = commands };
            results.Add(result);
            progress?.Report(result);
        }

        return new LabTestReport(lab.Id, results, emptyProblems);
    }

    private static IReadOnlyList<CheckResult> Evaluate(List<Check> checks, Workspaces.Snapshots.WorkspaceSnapshot snapshot, Dictionary<string, string> answers, int first) =>
        Grader.Evaluate(checks, new GradingContext(snapshot, new Dictionary<string, string>(answers)) { StepFirstCommand = first });

    private static async Task TypeAsync(IWorkspace workspace, ITerminalSession terminal, string line, CancellationToken cancellation)
    {
        var keys = line.Trim() == DetachNotation ? "\u0010\u0011" : line + "\r";
        await terminal.WriteInputAsync(Encoding.UTF8.GetBytes(keys), cancellation);
        if (workspace is IIdleAwareWorkspace idle)
        {
            await idle.WhenIdleAsync();
            return;
        }

        // A workspace that cannot say when it is idle: wait until the command shows up as done.
        var count = (await workspace.GetSnapshotAsync(cancellation)).Commands.Length;
        for (var i = 0; i < 300 && (await workspace.GetSnapshotAsync(cancellation)).Commands.Length == count; i++)
        {
            await Task.Delay(100, cancellation);
        }
    }
}
