using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>
/// Each row is what /bin/busybox (1.35, Debian) printed for the same command line and files, run
/// through `busybox sh -c` (stdout and stderr together); the banner is swapped for Alpine's.
/// </summary>
public class CoreProgramsTests
{
    private const string Fruits = "banana\napple\ncherry\napple\n";
    private const string Text = "Hello World\nhello there\nfoo bar baz\n\nlast line no newline";

    [Theory]
    [InlineData("cat fruits.txt", "banana\napple\ncherry\napple\n", 0)]
    [InlineData("cat nope.txt", "cat: can't open 'nope.txt': No such file or directory\n", 1)]
    [InlineData("cat nope.txt fruits.txt", "cat: can't open 'nope.txt': No such file or directory\nbanana\napple\ncherry\napple\n", 1)]
    [InlineData("cat -n fruits.txt", "     1\tbanana\n     2\tapple\n     3\tcherry\n     4\tapple\n", 0)]
    [InlineData("echo piped | cat", "piped\n", 0)]
    [InlineData("echo piped | cat - fruits.txt", "piped\nbanana\napple\ncherry\napple\n", 0)]
    [InlineData("grep apple fruits.txt", "apple\napple\n", 0)]
    [InlineData("grep -c apple fruits.txt", "2\n", 0)]
    [InlineData("grep -v apple fruits.txt", "banana\ncherry\n", 0)]
    [InlineData("grep -n an fruits.txt", "1:banana\n", 0)]
    [InlineData("grep -i hello text.txt", "Hello World\nhello there\n", 0)]
    [InlineData("grep -w bar text.txt", "foo bar baz\n", 0)]
    [InlineData("grep -w ba text.txt", "", 1)]
    [InlineData("grep -o an fruits.txt", "an\nan\n", 0)]
    [InlineData("grep -E 'ch|ba' fruits.txt", "banana\ncherry\n", 0)]
    [InlineData("grep 'a\\|e' text.txt", "Hello World\nhello there\nfoo bar baz\nlast line no newline\n", 0)]
    [InlineData("grep -q apple fruits.txt", "", 0)]
    [InlineData("grep -q kiwi fruits.txt", "", 1)]
    [InlineData("grep kiwi fruits.txt", "", 1)]
    [InlineData("grep apple nope.txt", "grep: nope.txt: No such file or directory\n", 2)]
    [InlineData("grep apple fruits.txt text.txt", "fruits.txt:apple\nfruits.txt:apple\n", 0)]
    [InlineData("grep -c l fruits.txt text.txt", "fruits.txt:2\ntext.txt:3\n", 0)]
    [InlineData("grep -x apple fruits.txt", "apple\napple\n", 0)]
    [InlineData("grep -F 'a.' text.txt", "", 1)]
    [InlineData("grep -E '(' fruits.txt", "grep: bad regex '('\n", 2)]
    [InlineData("grep -e apple -e cherry fruits.txt", "apple\ncherry\napple\n", 0)]
    [InlineData("grep -l apple fruits.txt text.txt", "fruits.txt\n", 0)]
    [InlineData("head -n 2 fruits.txt", "banana\napple\n", 0)]
    [InlineData("head -1 text.txt", "Hello World\n", 0)]
    [InlineData("head -n 2 fruits.txt text.txt", "==> fruits.txt <==\nbanana\napple\n\n==> text.txt <==\nHello World\nhello there\n", 0)]
    [InlineData("head nope.txt", "head: nope.txt: No such file or directory\n", 1)]
    [InlineData("tail -n 2 fruits.txt", "cherry\napple\n", 0)]
    [InlineData("tail -1 text.txt", "last line no newline", 0)]
    [InlineData("tail -n +3 fruits.txt", "cherry\napple\n", 0)]
    [InlineData("tail nope.txt", "tail: can't open 'nope.txt': No such file or directory\ntail: no files\n", 1)]
    [InlineData("tail -n 1 fruits.txt text.txt", "==> fruits.txt <==\napple\n\n==> text.txt <==\nlast line no newline", 0)]
    [InlineData("wc fruits.txt", "        4         4        26 fruits.txt\n", 0)]
    [InlineData("wc -l fruits.txt", "4 fruits.txt\n", 0)]
    [InlineData("wc -w text.txt", "11 text.txt\n", 0)]
    [InlineData("wc -c fruits.txt", "26 fruits.txt\n", 0)]
    [InlineData("wc -l fruits.txt text.txt", "        4 fruits.txt\n        4 text.txt\n        8 total\n", 0)]
    [InlineData("wc fruits.txt text.txt", "        4         4        26 fruits.txt\n        4        11        57 text.txt\n        8        15        83 total\n", 0)]
    [InlineData("wc nope.txt", "wc: nope.txt: No such file or directory\n", 1)]
    [InlineData("cat fruits.txt | wc -l", "4\n", 0)]
    [InlineData("cat text.txt | wc", "        4        11        57\n", 0)]
    [InlineData("echo -n abc", "abc", 0)]
    [InlineData("echo -e 'a\\tb\\nc'", "a\tb\nc\n", 0)]
    [InlineData("echo -n -e 'x\\n'", "x\n", 0)]
    [InlineData("echo -x y", "-x y\n", 0)]
    [InlineData("echo 'a\\nb'", "a\\nb\n", 0)]
    [InlineData("sort fruits.txt", "apple\napple\nbanana\ncherry\n", 0)]
    [InlineData("sort -r fruits.txt", "cherry\nbanana\napple\napple\n", 0)]
    [InlineData("sort -u fruits.txt", "apple\nbanana\ncherry\n", 0)]
    [InlineData("seq 3 | sort -rn", "3\n2\n1\n", 0)]
    [InlineData("sort fruits.txt | uniq", "apple\nbanana\ncherry\n", 0)]
    [InlineData("sort fruits.txt | uniq -c", "      2 apple\n      1 banana\n      1 cherry\n", 0)]
    [InlineData("sort fruits.txt | uniq -d", "apple\n", 0)]
    [InlineData("sort fruits.txt | uniq -u", "banana\ncherry\n", 0)]
    [InlineData("echo hello | tr a-z A-Z", "HELLO\n", 0)]
    [InlineData("echo hello | tr -d l", "heo\n", 0)]
    [InlineData("echo 'a  b' | tr -s ' '", "a b\n", 0)]
    [InlineData("seq 3", "1\n2\n3\n", 0)]
    [InlineData("seq 2 4", "2\n3\n4\n", 0)]
    [InlineData("seq 1 2 7", "1\n3\n5\n7\n", 0)]
    [InlineData("seq 5 1", "", 0)]
    [InlineData("seq -s , 3", "1,2,3\n", 0)]
    [InlineData("seq", "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator\n", 1)]
    [InlineData("seq x", "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator\n", 1)]
    [InlineData("sleep x", "sleep: invalid number 'x'\n", 1)]
    [InlineData("sleep", "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n", 1)]
    [InlineData("sleep 0", "", 0)]
    [InlineData("true", "", 0)]
    [InlineData("false", "", 1)]
    public async Task Run_Line_MatchesBusybox(string line, string output, int status)
    {
        var machine = new TestMachine();
        machine.Files.Write("/data/fruits.txt", Fruits);
        machine.Files.Write("/data/text.txt", Text);
        var shell = TestMachine.Interpreter(machine: machine);
        shell.State.WorkingDirectory = "/data";
        var run = await shell.RunCapturedAsync(line);
        Assert.Equal(output, run.Output);
        Assert.Equal(status, run.ExitStatus);
    }

    [Fact]
    public async Task Sleep_SimulatedClock_AdvancesTheClockAtOnce()
    {
        var clock = new Processes.SimulatedClock();
        var before = clock.Now;
        var shell = new ShellInterpreter(new TestMachine(), ShellState.Create(ShellDialect.Ash, "web"), clock: clock);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await shell.RunCapturedAsync("sleep 1h");
        Assert.Equal(TimeSpan.FromHours(1), clock.Now - before);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5));
    }
}
