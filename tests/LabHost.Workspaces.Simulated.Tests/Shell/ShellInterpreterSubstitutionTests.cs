namespace LabHost.Workspaces.Simulated.Shell;

public class ShellInterpreterSubstitutionTests
{
    // Expected output as busybox 1.35 `sh -c` prints it (hostname web, cwd /).
    [Theory]
    [InlineData("echo hello from $(hostname)", "hello from web\n", 0)]
    [InlineData("sh -c 'echo hello from $(hostname)'", "hello from web\n", 0)]
    [InlineData("echo $(echo $(echo a \"b  c\"))", "a b c\n", 0)]
    [InlineData("echo \"$(echo \"a  b\")\"", "a  b\n", 0)]
    [InlineData("echo `echo a`", "a\n", 0)]
    [InlineData("echo a$(echo \" x  y \")b", "a x y b\n", 0)]
    [InlineData("echo \"$(echo a)\"b", "ab\n", 0)]
    [InlineData("echo $(echo a)$(echo b)", "ab\n", 0)]
    [InlineData("echo \"[$(echo; echo; echo a; echo; echo)]\"", "[\n\na]\n", 0)]
    [InlineData("echo $(seq 1 3) \"$(seq 1 3)\"", "1 2 3 1\n2\n3\n", 0)]
    [InlineData("echo x$(echo)y; echo -n $(echo) | wc -c", "xy\n0\n", 0)]
    [InlineData("x=$(echo \"a  b\"); echo \"$x\"; echo $x", "a  b\na b\n", 0)]
    [InlineData("a=$(echo \" p  q \"); echo \"[$a]\"", "[ p  q ]\n", 0)]
    [InlineData("$(echo echo) hi", "hi\n", 0)]
    [InlineData("echo $(echo 'a  b' \"c  d\")", "a b c d\n", 0)]
    [InlineData("echo $(echo a; echo b) | wc -l", "1\n", 0)]
    [InlineData("echo x | echo $(cat)", "x\n", 0)]
    [InlineData("echo $(echo hi > /tmp/sub.txt)[$(cat /tmp/sub.txt)]", "[hi]\n", 0)]
    [InlineData("echo hi > /tmp/$(echo name).txt; cat /tmp/name.txt", "hi\n", 0)]
    [InlineData("echo $()x; echo \"[$( )]\"", "x\n[]\n", 0)]
    [InlineData("echo $(echo \")\")", ")\n", 0)]
    [InlineData("echo $(echo \\))", ")\n", 0)]
    [InlineData("echo $(echo a # c\n)", "a\n", 0)]
    [InlineData("echo $(echo a \\\nb)", "a b\n", 0)]
    [InlineData("echo $(echo a;)", "a\n", 0)]
    [InlineData("echo `echo \\`echo in\\``", "in\n", 0)]
    [InlineData("echo \"`echo \\\"q\\\"`\"", "q\n", 0)]
    [InlineData("echo `echo \\$HOME`", "/root\n", 0)]
    [InlineData("echo $(echo \\$HOME)", "$HOME\n", 0)]
    [InlineData("echo $(echo `echo mix`)", "mix\n", 0)]
    [InlineData("echo a $(echo x >&2) b", "x\na b\n", 0)]
    [InlineData("echo $(nope)", "sh: nope: not found\n\n", 0)]
    [InlineData("cd /tmp; echo $(cd /; pwd); pwd", "/\n/tmp\n", 0)]
    [InlineData("x=1; echo $(x=2; echo $x); echo $x", "2\n1\n", 0)]
    [InlineData("echo $(exit 7; echo no) after", "after\n", 0)]
    [InlineData("x=$(false); echo $?", "1\n", 0)]
    [InlineData("$(exit 3); echo $?", "3\n", 0)]
    [InlineData("$(exit 3)", "", 3)]
    [InlineData("$(true) $(exit 5); echo $?", "5\n", 0)]
    [InlineData("$(exit 3) $(exit 0); echo $?", "0\n", 0)]
    [InlineData("echo $(false); echo $?", "\n0\n", 0)]
    [InlineData("false; echo $(echo $?)", "1\n", 0)]
    [InlineData("echo $(exit 4)$?", "0\n", 0)]
    [InlineData("x=$(exit 3) y=$?; echo $y", "0\n", 0)]
    [InlineData("echo $(echo $(exit 3); echo $?)", "0\n", 0)]
    public async Task RunCaptured_AshSubstitution_PrintsWhatAshPrints(string line, string output, int status)
    {
        var run = await TestMachine.Interpreter().RunCapturedAsync(line);
        Assert.Equal(output, run.Output);
        Assert.Equal(status, run.ExitStatus);
    }

    [Theory]
    [InlineData("echo $((1+2*3)) $(( (1+2)*3 )) $((7/2)) $((-7%3))", "7 9 3 -1\n", 0)]
    [InlineData("x=5; echo $((x+1)) $(($x*2)) $((x))", "6 10 5\n", 0)]
    [InlineData("echo $(( 1 + $(echo 2) ))", "3\n", 0)]
    [InlineData("echo $(( 2 ** 3 )) $((1<2)) $((2==2)) $((3!=3)) $((!0))", "8 1 1 0 1\n", 0)]
    [InlineData("echo $(( 3 - - 2 )) $(( +4 )) $((010)) $((0x10))", "5 4 8 16\n", 0)]
    [InlineData("x=3+4; echo $((x*2))", "14\n", 0)]
    [InlineData("echo \"$((1+1))\" $((y))", "2 0\n", 0)]
    [InlineData("echo $((1/0)); echo after", "sh: divide by zero\n", 2)]
    [InlineData("echo $((5 % 0))", "sh: divide by zero\n", 2)]
    [InlineData("echo $((1+)); echo after", "sh: arithmetic syntax error\n", 2)]
    [InlineData("echo $((1 2))", "sh: arithmetic syntax error\n", 2)]
    [InlineData("echo a; echo $((2*)) ; echo b", "a\nsh: arithmetic syntax error\n", 2)]
    [InlineData("echo $(echo $((1/0))) after", "sh: divide by zero\nafter\n", 0)]
    public async Task RunCaptured_AshArithmetic_PrintsWhatAshPrints(string line, string output, int status)
    {
        var run = await TestMachine.Interpreter().RunCapturedAsync(line);
        Assert.Equal(output, run.Output);
        Assert.Equal(status, run.ExitStatus);
    }

    // Interactive bash 5.2 wording (no "-c: line 1:" prefix).
    [Theory]
    [InlineData("echo hello from $(hostname)", "hello from web\n", 0)]
    [InlineData("echo $(exit 4)$?", "4\n", 0)]
    [InlineData("x=$(exit 3) y=$?; echo $y", "3\n", 0)]
    [InlineData("echo $(nope)", "bash: nope: command not found\n\n", 0)]
    [InlineData("echo $(echo a &&)", "bash: syntax error near unexpected token `)'\n", 2)]
    [InlineData("echo $(echo a", "bash: unexpected EOF while looking for matching `)'\n", 2)]
    [InlineData("echo $((1/0)); echo after", "bash: 1/0: division by 0 (error token is \"0\")\n", 1)]
    [InlineData("echo $(( 1 / 0 ))", "bash: 1 / 0 : division by 0 (error token is \"0 \")\n", 1)]
    [InlineData("echo $((1+))", "bash: 1+: syntax error: operand expected (error token is \"+\")\n", 1)]
    [InlineData("echo $((1 + ))", "bash: 1 + : syntax error: operand expected (error token is \"+ \")\n", 1)]
    [InlineData("echo $((1 +* 2))", "bash: 1 +* 2: syntax error: operand expected (error token is \"* 2\")\n", 1)]
    [InlineData("echo $((1 2))", "bash: 1 2: syntax error in expression (error token is \"2\")\n", 1)]
    [InlineData("x='a b'; echo $((x))", "bash: a b: syntax error in expression (error token is \"b\")\n", 1)]
    public async Task RunCaptured_BashSubstitution_PrintsWhatBashPrints(string line, string output, int status)
    {
        var run = await TestMachine.Interpreter(ShellDialect.Bash).RunCapturedAsync(line);
        Assert.Equal(output, run.Output);
        Assert.Equal(status, run.ExitStatus);
    }

    [Theory]
    [InlineData("echo $(echo a &&)", "sh: syntax error: unexpected \")\"\n")]
    [InlineData("echo $(echo a", "sh: syntax error: unexpected end of file (expecting \")\")\n")]
    [InlineData("echo `echo a", "sh: syntax error: EOF in backquote substitution\n")]
    [InlineData("echo `echo 'a`", "sh: syntax error: unterminated quoted string\n")]
    [InlineData("echo $(echo a) )", "sh: syntax error: unexpected \")\"\n")]
    public async Task RunCaptured_AshSubstitutionSyntaxError_IsReportedAndNothingRuns(string line, string output)
    {
        var run = await TestMachine.Interpreter().RunCapturedAsync(line);
        Assert.Equal(output, run.Output);
        Assert.Equal(2, run.ExitStatus);
    }

    [Fact]
    public async Task RunCaptured_HugeSubstitutionOutput_StopsTheLine()
    {
        var shell = new ShellInterpreter(new TestMachine(), ShellState.Create(ShellDialect.Ash, "web"), new ShellLimits { MaxOutputChars = 1000 });
        var run = await shell.RunCapturedAsync("echo $(seq 1 100000000); echo after");
        Assert.Equal("sh: command substitution: output exceeds 1000 characters\n", run.Output);
        Assert.Equal(1, run.ExitStatus);
    }

    [Fact]
    public async Task RunCaptured_NestedSubstitutionsShareOneBudget()
    {
        var shell = new ShellInterpreter(new TestMachine(), ShellState.Create(ShellDialect.Ash, "web"), new ShellLimits { MaxOutputChars = 1000 });
        var run = await shell.RunCapturedAsync("echo $(echo $(seq 1 300) $(seq 1 300)) | wc -c");
        Assert.Equal("sh: command substitution: output exceeds 1000 characters\n", run.Output);
    }

    [Fact]
    public async Task RunCaptured_GrowingVariable_IsBounded()
    {
        var shell = new ShellInterpreter(new TestMachine(), ShellState.Create(ShellDialect.Ash, "web"), new ShellLimits { MaxOutputChars = 1000 });
        var run = await shell.RunCapturedAsync("x=$(seq 1 100); x=$x$x; x=$x$x; x=$x$x; echo done");
        Assert.Equal("sh: expansion too long (the limit is 1000 characters)\n", run.Output);
        Assert.Equal(2, run.ExitStatus);
    }

    [Fact]
    public async Task RunCaptured_DeepNesting_IsRefused()
    {
        var shell = new ShellInterpreter(new TestMachine(), ShellState.Create(ShellDialect.Ash, "web"), new ShellLimits { MaxSubstitutionDepth = 4 });
        var run = await shell.RunCapturedAsync("echo " + string.Concat(Enumerable.Repeat("$(echo ", 5)) + "x" + new string(')', 5));
        Assert.Equal("sh: syntax error: substitutions nested too deeply (the limit is 4)\n", run.Output);
        Assert.Equal(2, run.ExitStatus);
    }

    [Fact]
    public async Task RunCaptured_SubstitutionAtTheDefaultLimit_Runs()
    {
        var depth = ShellLimits.Default.MaxSubstitutionDepth;
        var line = "echo " + string.Concat(Enumerable.Repeat("$(echo ", depth)) + "deep" + new string(')', depth);
        var run = await TestMachine.Interpreter().RunCapturedAsync(line);
        Assert.Equal("deep\n", run.Output);
    }

    [Fact]
    public async Task RunCaptured_Substitution_LeavesTheShellStateAlone()
    {
        var shell = TestMachine.Interpreter();
        await shell.RunCapturedAsync("x=1; echo $(cd /tmp; x=2; export Y=3; exit 4)");
        Assert.Equal("/", shell.State.WorkingDirectory);
        Assert.Equal("1", shell.State.Variables["x"]);
        Assert.False(shell.State.Variables.ContainsKey("Y"));
    }
}
