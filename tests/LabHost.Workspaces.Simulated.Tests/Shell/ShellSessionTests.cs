using System.Text;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Shell;

public class ShellSessionTests
{
    private readonly StringBuilder screen = new();
    private readonly List<(string Line, int Status)> completed = [];
    private readonly TestMachine machine = new();
    private readonly ShellSession session;

    public ShellSessionTests()
    {
        session = new ShellSession(machine, ShellState.Create(ShellDialect.Ash, "web"));
        session.CommandCompleted += (line, status) => completed.Add((line, status));
        session.Attach(s => { lock (screen) { screen.Append(s); } }, 80, 24);
    }

    private string Screen
    {
        get
        {
            lock (screen)
            {
                return screen.ToString();
            }
        }
    }

    [Fact]
    public async Task Input_Line_RunsItAndPromptsAgain()
    {
        session.Input("echo hi\r");
        await session.WhenIdleAsync();
        Assert.Equal("/ # echo hi\r\nhi\r\n/ # ", Screen);
        Assert.Equal([("echo hi", 0)], completed);
        Assert.Equal([new HistoryEntry("echo hi", 0)], session.State.History);
    }

    [Fact]
    public async Task Input_OpenSubstitution_AsksForMoreWithContinuationPrompt()
    {
        session.Input("echo hello from $(\r");
        await session.WhenIdleAsync();
        Assert.EndsWith("\r\n> ", Screen);
        session.Input("hostname)\r");
        await session.WhenIdleAsync();
        Assert.EndsWith("> hostname)\r\nhello from web\r\n/ # ", Screen);
        Assert.Equal("echo hello from $(\nhostname)", completed.Single().Line);
    }

    [Fact]
    public async Task Input_CdThenLine_PromptShowsTheDirectory()
    {
        session.Input("cd /tmp\rcd\r");
        await session.WhenIdleAsync();
        Assert.Equal("/ # cd /tmp\r\n/tmp # cd\r\n~ # ", Screen);
    }

    [Fact]
    public async Task Input_BackslashNewline_AsksForMoreWithContinuationPrompt()
    {
        session.Input("echo a \\\r");
        await session.WhenIdleAsync();
        Assert.EndsWith("\r\n> ", Screen);
        session.Input("b\r");
        await session.WhenIdleAsync();
        Assert.EndsWith("> b\r\na b\r\n/ # ", Screen);
        Assert.Equal("echo a \\\nb", completed.Single().Line);
    }

    [Fact]
    public async Task Input_OpenQuote_ContinuesUntilClosed()
    {
        session.Input("echo 'x\ry'\r");
        await session.WhenIdleAsync();
        Assert.EndsWith("> y'\r\nx\r\ny\r\n/ # ", Screen);
    }

    [Fact]
    public async Task Input_MultiLinePaste_RunsEachLineInOrder()
    {
        session.Input("\u001b[200~echo 1\recho 2\r\necho 3\u001b[201~\r");
        await session.WhenIdleAsync();
        Assert.Equal(["echo 1", "echo 2", "echo 3"], completed.Select(c => c.Line));
        Assert.Contains("1\r\n/ # echo 2\r\n2\r\n/ # echo 3\r\n3\r\n", Screen);
    }

    [Fact]
    public async Task Input_CtrlCWhileRunning_CancelsWith130()
    {
        session.Input("sleep 30\r");
        session.Input("typed-ahead");
        session.Input("\u0003");
        await session.WhenIdleAsync();
        Assert.Equal([("sleep 30", 130)], completed);
        Assert.EndsWith("^C\r\n/ # ", Screen);
    }

    [Fact]
    public async Task Input_TypeaheadWhileRunning_IsHandledAfterwards()
    {
        var gate = new TaskCompletionSource();
        machine.Programs.Add("wait", new WaitProgram(gate.Task));
        session.Input("wait\r");
        session.Input("echo later\r");
        Assert.Empty(completed);
        gate.SetResult();
        await session.WhenIdleAsync();
        Assert.Equal(["wait", "echo later"], completed.Select(c => c.Line));
    }

    [Fact]
    public async Task Input_Exit_CompletesExited()
    {
        session.Input("exit 4\r");
        await session.WhenIdleAsync();
        Assert.Equal(4, await session.Exited);
    }

    [Fact]
    public async Task Input_CtrlDOnEmptyLine_EndsTheSession()
    {
        session.Input("false\r\u0004");
        await session.WhenIdleAsync();
        Assert.Equal(1, await session.Exited);
    }

    [Fact]
    public async Task Input_CtrlCAtPrompt_DropsTheLine()
    {
        session.Input("echo no\u0003");
        await session.WhenIdleAsync();
        Assert.Empty(completed);
        Assert.EndsWith("echo no^C\r\n/ # ", Screen);
    }

    [Fact]
    public async Task Input_Utf8SplitAcrossChunks_IsDecoded()
    {
        var bytes = Encoding.UTF8.GetBytes("echo 안녕\r");
        session.Input(bytes.AsSpan(0, 6));
        session.Input(bytes.AsSpan(6));
        await session.WhenIdleAsync();
        Assert.Contains("\r\n안녕\r\n", Screen);
    }

    [Fact]
    public async Task Input_Tab_CompletesProgramNames()
    {
        session.Input("hostn\t\r");
        await session.WhenIdleAsync();
        Assert.Equal("hostname", completed.Single().Line.TrimEnd());
    }

    [Fact]
    public async Task RunForeground_NestedShell_GetsTheKeyboardUntilExit()
    {
        var container = new ShellSession(new TestMachine(), ShellState.Create(ShellDialect.Ash, "c1"), new ShellSessionOptions { DetachKeys = "\u0010\u0011" });
        machine.Programs.Add("enter", new EnterProgram(container));
        session.Input("enter\r");
        await WaitUntil(() => Screen.EndsWith("enter\r\n/ # ", StringComparison.Ordinal));
        session.Input("echo inside\r");
        await container.WhenIdleAsync();
        Assert.Equal("echo inside", container.State.History.Single().Line);
        session.Input("exit 3\r");
        await session.WhenIdleAsync();
        Assert.Equal(("enter", 3), completed.Single());
        Assert.EndsWith("exit 3\r\n/ # ", Screen);
    }

    [Fact]
    public async Task RunForeground_DetachKeys_GiveTheKeyboardBack()
    {
        var container = new ShellSession(new TestMachine(), ShellState.Create(ShellDialect.Ash, "c1"), new ShellSessionOptions { DetachKeys = "\u0010\u0011" });
        machine.Programs.Add("enter", new EnterProgram(container));
        session.Input("enter\r");
        await WaitUntil(() => Screen.EndsWith("enter\r\n/ # ", StringComparison.Ordinal));
        session.Input("\u0010x\u0010\u0011echo back\r");
        await session.WhenIdleAsync();
        Assert.Equal([("enter", 200), ("echo back", 0)], completed);
        Assert.False(container.Exited.IsCompleted);
    }

    [Fact]
    public async Task Input_ShAtTheTerminal_NestsASessionUntilExit()
    {
        session.Input("sh\r");
        await WaitUntil(() => Screen.EndsWith("sh\r\n/ # ", StringComparison.Ordinal));
        session.Input("cd /tmp\rexit 5\r");
        await session.WhenIdleAsync();
        Assert.Equal(("sh", 5), completed.Single());
        Assert.Equal("/", session.State.WorkingDirectory);
    }

    [Fact]
    public async Task Input_CtrlDInBash_PrintsExit()
    {
        var bash = new ShellSession(new TestMachine(ShellDialect.Bash), ShellState.Create(ShellDialect.Bash, "host"));
        var output = new StringBuilder();
        bash.Attach(s => output.Append(s), 80, 24);
        bash.Input("\u0004");
        await bash.WhenIdleAsync();
        Assert.Equal(0, await bash.Exited);
        Assert.EndsWith("/ # \r\nexit\r\n", output.ToString());
    }

    [Fact]
    public async Task Input_RandomKeystrokes_NeverBreakTheSession()
    {
        var random = new Random(7);
        string[] keys = ["a", "b", " ", "|", "'", "\"", "\\", "$", "\r", "\n", "\t", "\u007f", "\b", "\u0001", "\u0005",
            "\u000b", "\u0015", "\u0017", "\u000c", "\u0003", "\u001b", "[", "O", "~", "3", "D", "C", "A", "B", "H", "F",
            "\u001b[200~", "\u001b[201~", "한", "😀"[..1], "😀"[1..], "echo ", "cat ", "grep a ", "seq 3 "];
        session.Resize(7, 24);
        for (var i = 0; i < 20_000; i++)
        {
            session.Input(keys[random.Next(keys.Length)]);
            if (i % 1000 == 0)
            {
                session.Resize(random.Next(1, 120), 24);
            }
        }

        await session.WhenIdleAsync();
        Assert.False(session.Exited.IsCompleted && session.Exited.IsFaulted);
    }

    [Fact]
    public void Save_AfterCommands_RestoresIntoANewSession()
    {
        session.Input("cd /tmp\r");
        var restored = new ShellSession(machine, ShellState.FromSnapshot(session.Save()));
        Assert.Equal("/tmp", restored.State.WorkingDirectory);
        Assert.Single(restored.State.History);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class WaitProgram(Task gate) : IProgram
    {
        public async Task<int> RunAsync(ProcessContext context)
        {
            await gate;
            return 0;
        }
    }

    /// <summary>A stand-in for `docker run -it`: exit status, or 200 when detached.</summary>
    private sealed class EnterProgram(IInteractiveConsole console) : IProgram
    {
        public async Task<int> RunAsync(ProcessContext context)
        {
            var host = (IForegroundHost)context.Terminal!;
            var result = await host.RunForegroundAsync(console, context.Cancellation);
            return result.Detached ? 200 : result.ExitStatus;
        }
    }
}
