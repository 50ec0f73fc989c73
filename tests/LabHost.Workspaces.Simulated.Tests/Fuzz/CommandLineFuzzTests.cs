using System.Diagnostics;
using System.Globalization;
using System.Text;
using LabHost.Workspaces.Simulated.Processes;
using Xunit.Abstractions;

namespace LabHost.Workspaces.Simulated.Fuzz;

/// <summary>
/// Feeds random and mutated command lines through <see cref="ScriptRunner"/>, a fresh workspace
/// every <see cref="LinesPerWorkspace"/> lines, and checks that every line comes back with a
/// transcript, without an internal error, within <see cref="PerLineBudget"/>.
/// </summary>
public class CommandLineFuzzTests(ITestOutputHelper output)
{
    /// <summary>Fixed so that a failure reproduces; LABHOST_FUZZ_SEED and LABHOST_FUZZ_LINES explore further.</summary>
    private static readonly int Seed = FromEnvironment("LABHOST_FUZZ_SEED", 20260502);

    private static readonly int LineCount = FromEnvironment("LABHOST_FUZZ_LINES", 100_000);
    private const int LinesPerWorkspace = 500;

    private static readonly TimeSpan PerLineBudget = TimeSpan.FromMilliseconds(100);

    /// <summary>A line still running after this long is a hang; the watchdog stops waiting for it.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    private static readonly string[] Lecture =
    [
        .. ScriptRunner.CommandLines(File.ReadAllText(Path.Combine(LabHost.Workspaces.Testing.Fidelity.FidelityPaths.Root, "..", "..", "labs", "lecture-5.2.txt"))),
    ];

    [Fact]
    public void RunLineAsync_RandomAndMutatedLines_ReturnWithoutInternalErrorWithinBudget()
    {
        var watch = new LineWatch();
        var stats = new FuzzStats();
        string? failure = null;
        var stopwatch = Stopwatch.StartNew();
        var worker = new Thread(() => failure = Fuzz(watch, stats)) { IsBackground = true, Name = "command line fuzz" };
        worker.Start();
        while (!worker.Join(TimeSpan.FromMilliseconds(250)))
        {
            if (watch.Running(out var line, out var index) is { } elapsed && elapsed > HangLimit)
            {
                Assert.Fail($"seed {Seed}, line {index} still running after {elapsed.TotalSeconds:0.0} s (hang):\n{Escape(line)}");
            }
        }

        output.WriteLine($"seed {Seed}: {stats} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failure is null, failure);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromMinutes(2), $"{LineCount} lines took {stopwatch.Elapsed}");
    }

    private static string? Fuzz(LineWatch watch, FuzzStats stats)
    {
        var random = new Random(Seed);
        var grammar = new CommandLineGrammar(random);
        var mutator = new CommandLineMutator(random);
        Warm();
        ScriptRunner? runner = null;
        for (var index = 0; index < LineCount; index++)
        {
            if (index % LinesPerWorkspace == 0)
            {
                runner = new ScriptRunner(new SimulatedHost(clock: new SimulatedClock()));
            }

            var line = random.Next(10) switch
            {
                0 => Lecture[random.Next(Lecture.Length)],
                < 5 => grammar.Line(),
                < 8 => mutator.Mutate(grammar.Line()),
                _ => mutator.Mutate(Lecture[random.Next(Lecture.Length)]),
            };
            if (Check(runner!, line, index, watch, stats) is not { } problem)
            {
                continue;
            }

            // A pause for the JIT or the GC does not repeat; a slow line does. Replay it once.
            if (problem.StartsWith("took", StringComparison.Ordinal) && Check(runner!, line, index, watch, stats) is null)
            {
                stats.Replayed($"line {index} {problem}, then {watch.Last.TotalMilliseconds:0} ms: {Escape(line)}");
                continue;
            }

            return $"seed {Seed}, line {index} (workspace line {index % LinesPerWorkspace}) {problem}:\n{Escape(line)}";
        }

        return null;
    }

    private static string? Check(ScriptRunner runner, string line, int index, LineWatch watch, FuzzStats stats)
    {
        watch.Start(line, index);
        string transcript;
        try
        {
            transcript = runner.RunLineAsync(line).GetAwaiter().GetResult();
        }
        catch (Exception e)
        {
            return "threw " + e;
        }
        finally
        {
            watch.Stop();
        }

        stats.Add(transcript, watch.Last, line);
        if (!transcript.StartsWith("$ ", StringComparison.Ordinal))
        {
            return "returned no transcript";
        }

        var internalError = transcript.IndexOf("internal error", StringComparison.Ordinal);
        if (internalError >= 0)
        {
            return "printed an internal error: " + transcript[internalError..].Split('\n')[0];
        }

        return watch.Last > PerLineBudget ? $"took {watch.Last.TotalMilliseconds:0} ms (budget {PerLineBudget.TotalMilliseconds} ms)" : null;
    }

    /// <summary>Runs every command path once so the first timed lines do not pay for the JIT.</summary>
    private static void Warm()
    {
        var random = new Random(Seed + 1);
        var grammar = new CommandLineGrammar(random);
        var runner = new ScriptRunner(new SimulatedHost(clock: new SimulatedClock()));
        foreach (var line in Lecture.Concat(Enumerable.Range(0, 500).Select(_ => grammar.Line())))
        {
            runner.RunLineAsync(line).GetAwaiter().GetResult();
        }
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Escape(string line)
    {
        var sb = new StringBuilder();
        foreach (var c in line)
        {
            sb.Append(c is < ' ' or '\u007f' or (>= '\ud800' and <= '\udfff') ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c);
        }

        return sb.ToString();
    }

    /// <summary>Which line the fuzz thread is running and since when; read by the watchdog.</summary>
    private sealed class LineWatch
    {
        private readonly Lock gate = new();
        private readonly Stopwatch stopwatch = new();
        private string line = "";
        private int index;
        private bool running;

        public TimeSpan Last { get; private set; }

        public void Start(string line, int index)
        {
            lock (gate)
            {
                (this.line, this.index, running) = (line, index, true);
                stopwatch.Restart();
            }
        }

        public void Stop()
        {
            lock (gate)
            {
                running = false;
                Last = stopwatch.Elapsed;
            }
        }

        public TimeSpan? Running(out string line, out int index)
        {
            lock (gate)
            {
                (line, index) = (this.line, this.index);
                return running ? stopwatch.Elapsed : null;
            }
        }
    }
}
