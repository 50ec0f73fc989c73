using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Shell;

public class ShellInterpreterTests
{
    // Expected output as busybox 1.35 `sh` prints it (interactive wording where it differs from -c).
    [Theory]
    [InlineData("echo hello world", "hello world\n", 0)]
    [InlineData("echo -n a; echo b", "ab\n", 0)]
    [InlineData("echo 'a  b'   c", "a  b c\n", 0)]
    [InlineData("X='a  b'; echo $X; echo \"$X\"", "a b\na  b\n", 0)]
    [InlineData("false; echo $?", "1\n", 0)]
    [InlineData("true && echo yes || echo no", "yes\n", 0)]
    [InlineData("false && echo yes || echo no", "no\n", 0)]
    [InlineData("false && echo yes", "", 1)]
    [InlineData("nope", "sh: nope: not found\n", 127)]
    [InlineData("nope; echo $?", "sh: nope: not found\n127\n", 0)]
    [InlineData("cat /tmp/fruits.txt | sort | uniq -c", "      2 apple\n      1 banana\n      1 cherry\n", 0)]
    [InlineData("cat /tmp/fruits.txt | grep -c apple", "2\n", 0)]
    [InlineData("echo hi > /dev/null", "", 0)]
    [InlineData("nope 2>/dev/null", "", 127)]
    [InlineData("nope > /dev/null 2>&1", "", 127)]
    [InlineData("nope 2>&1 > /dev/null", "sh: nope: not found\n", 127)]
    [InlineData("cat < /nope", "sh: can't open /nope: no such file\n", 1)]
    [InlineData("echo a > /nodir/x", "sh: can't create /nodir/x: nonexistent directory\n", 1)]
    [InlineData("echo a > /tmp", "sh: can't create /tmp: Is a directory\n", 1)]
    [InlineData("echo a 2>&3", "sh: 3: Bad file descriptor\n", 1)]
    [InlineData("cd /nodir", "sh: cd: can't cd to /nodir: No such file or directory\n", 2)]
    [InlineData("cd /tmp && pwd", "/tmp\n", 0)]
    [InlineData("cd /tmp; cat fruits.txt | head -1", "banana\n", 0)]
    [InlineData("export A=b; echo $A; env | grep ^A=", "b\nA=b\n", 0)]
    [InlineData("type echo cat nope", "echo is a shell builtin\ncat is /bin/cat\nnope: not found\n", 127)]
    [InlineData("echo \"abc", "sh: syntax error: unterminated quoted string\n", 2)]
    [InlineData("echo a &&", "sh: syntax error: unexpected end of file\n", 2)]
    [InlineData("/bin/echo x; /usr/bin/cat /etc/hostname", "x\nweb\n", 0)]
    [InlineData("hostname", "web\n", 0)]
    [InlineData("exit foo", "sh: exit: Illegal number: foo\n", 2)]
    [InlineData("sleep 100; echo done", "done\n", 0)]
    [InlineData("sh -c 'echo $HOSTNAME; exit 3'; echo $?", "web\n3\n", 0)]
    [InlineData("echo 'echo hi | tr a-z A-Z' | sh", "HI\n", 0)]
    [InlineData("X=1; sh -c 'echo [$X]'; export X; sh -c 'echo [$X]'", "[]\n[1]\n", 0)]
    public async Task RunCaptured_AshLine_PrintsWhatAshPrints(string line, string output, int status)
    {
        var run = await TestMachine.Interpreter().RunCapturedAsync(line);
        Assert.Equal(output, run.Output);
        Assert.Equal(status, run.ExitStatus);
    }

    [Theory]
    [InlineData("nope", "bash: nope: command not found\n", 127)]
    [InlineData("cat < /nope", "bash: /nope: No such file or directory\n", 1)]
    [InlineData("cd /nodir", "bash: cd: /nodir: No such file or directory\n", 1)]
    [InlineData("echo a | | b", "bash: syntax error near unexpected token `|'\n", 2)]
    [InlineData("cat /nope", "cat: /nope: No such file or directory\n", 1)]
    public async Task RunCaptured_BashLine_PrintsWhatBashPrints(string line, string output, int status)
    {
        var run = await TestMachine.Interpreter(ShellDialect.Bash).RunCapturedAsync(line);
        Assert.Equal(output, run.Output);
        Assert.Equal(status, run.ExitStatus);
    }

    [Fact]
    public async Task RunCaptured_Redirections_WriteTheFileSystem()
    {
        var machine = new TestMachine();
        var shell = TestMachine.Interpreter(machine: machine);
        await shell.RunCapturedAsync("echo one > /tmp/out; echo two >> /tmp/out; nope 2> /tmp/err");
        Assert.True(machine.Files.TryRead("/tmp/out", out var output));
        Assert.Equal("one\ntwo\n", output);
        Assert.True(machine.Files.TryRead("/tmp/err", out var error));
        Assert.Equal("sh: nope: not found\n", error);
    }

    [Theory]
    [InlineData("exit", 0)]
    [InlineData("exit 3", 3)]
    [InlineData("false; exit", 1)]
    [InlineData("exit 257", 1)]
    public async Task RunCaptured_Exit_IsReportedWithItsStatus(string line, int status)
    {
        var run = await TestMachine.Interpreter().RunCapturedAsync(line);
        Assert.True(run.ExitRequested);
        Assert.Equal(status, run.ExitStatus);
    }

    [Fact]
    public async Task RunCaptured_ExitInPipeline_DoesNotEndTheShell()
    {
        var run = await TestMachine.Interpreter().RunCapturedAsync("exit 3 | cat");
        Assert.False(run.ExitRequested);
    }

    [Fact]
    public async Task RunCaptured_ProgramThrows_PrintsOneLineAndReturnsOne()
    {
        var machine = new TestMachine();
        machine.Programs.Add("boom", new ThrowingProgram());
        var run = await TestMachine.Interpreter(machine: machine).RunCapturedAsync("boom; echo after");
        Assert.Equal("sh: boom: internal error: kaput\nafter\n", run.Output);
    }

    [Fact]
    public async Task RunCaptured_EndlessOutput_IsTruncated()
    {
        var shell = new ShellInterpreter(new TestMachine(), ShellState.Create(ShellDialect.Ash, "web"), new ShellLimits { MaxOutputChars = 1000 });
        var run = await shell.RunCapturedAsync("seq 1 100000000");
        Assert.Equal(1, run.ExitStatus);
        Assert.EndsWith("sh: output truncated after 1000 characters\n", run.Output);
        Assert.True(run.Output.Length < 1100);
    }

    [Fact]
    public async Task RunCaptured_LongLine_IsRefused()
    {
        var run = await TestMachine.Interpreter().RunCapturedAsync("echo " + new string('a', 5000));
        Assert.Equal(2, run.ExitStatus);
        Assert.StartsWith("sh: line too long", run.Output);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReturnsOneThirty()
    {
        var shell = new ShellInterpreter(new TestMachine(), ShellState.Create(ShellDialect.Ash, "web"));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var result = await shell.RunAsync("sleep 30; echo no", new ShellStreams(TextReader.Null, TextWriter.Null, TextWriter.Null), cts.Token);
        Assert.Equal(130, result.ExitStatus);
    }

    [Fact]
    public async Task RunCaptured_RandomLines_NeverThrowAndStayFast()
    {
        var random = new Random(42);
        var alphabet = "ab $?{}'\"\\|&;<>#~=-12\n\tcatgrephead echo seq wc sort cd exit /tmp".ToCharArray();
        var shell = TestMachine.Interpreter();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 20_000; i++)
        {
            var line = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var run = await shell.RunCapturedAsync(line);
            Assert.InRange(run.ExitStatus, 0, 255);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Snapshot_RoundTrip_KeepsState()
    {
        var state = ShellState.Create(ShellDialect.Ash, "web");
        state.WorkingDirectory = "/tmp";
        state.History.Add(new HistoryEntry("ls", 0));
        var copy = ShellState.FromSnapshot(state.ToSnapshot());
        Assert.Equal("/tmp", copy.WorkingDirectory);
        Assert.Equal(state.History, copy.History);
        Assert.Equal(state.Environment(), copy.Environment());
    }

    private sealed class ThrowingProgram : IProgram
    {
        public Task<int> RunAsync(ProcessContext context) => throw new InvalidOperationException("kaput");
    }
}
