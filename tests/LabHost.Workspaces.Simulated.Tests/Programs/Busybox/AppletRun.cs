using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>Runs one applet of a fake machine with instant delays and captures its output.</summary>
internal sealed record AppletRun(int Status, string Stdout, string Stderr, TimeSpan Waited)
{
    public static async Task<AppletRun> RunAsync(string commandLine, INetworkStackView? network = null,
        CancellationToken cancellation = default, int? cancelAfterDelays = null)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return await RunAsync(args, network ?? new FakeNetworkStack(), cancellation, cancelAfterDelays);
    }

    public static async Task<AppletRun> RunAsync(IReadOnlyList<string> args, INetworkStackView network,
        CancellationToken cancellation, int? cancelAfterDelays)
    {
        var machine = new FakeMachine(network);
        Assert.True(machine.Programs.TryGet(args[0], out var program));
        var clock = new CountingClock(cancelAfterDelays);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new ProcessContext
        {
            Args = args,
            Stdin = TextReader.Null,
            Stdout = stdout,
            Stderr = stderr,
            Machine = machine,
            Cancellation = cancellation,
            Clock = clock,
        };
        var status = await program.RunAsync(context);
        return new AppletRun(status, stdout.ToString(), stderr.ToString(), clock.Waited);
    }
}
