namespace LabHost.Workspaces.Simulated.Programs.Busybox;

public sealed class PingAppletTests
{
    [Fact]
    public async Task RunAsync_CtrlCAfterTwoReplies_PrintsStatisticsAndSucceeds()
    {
        var run = await AppletRun.RunAsync("ping 10.0.42.130", cancelAfterDelays: 2);

        Assert.Equal(0, run.Status);
        Assert.Contains("seq=1 ttl=64", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n--- 10.0.42.130 ping statistics ---\n3 packets transmitted, 3 packets received, 0% packet loss\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CtrlCWithNoReplies_PrintsLossAndFails()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = await AppletRun.RunAsync("ping 10.0.42.131", cancellation: cancellation.Token);

        Assert.Equal(1, run.Status);
        Assert.EndsWith("0 packets transmitted, 0 packets received, 0% packet loss\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CountTwoWaitOneNoReply_WaitsIntervalThenWaitTime()
    {
        var run = await AppletRun.RunAsync("ping -c 2 -W 1 10.0.42.131");

        Assert.Equal(TimeSpan.FromSeconds(2), run.Waited);
    }

    [Fact]
    public async Task RunAsync_IntervalFifthDeadlineOne_SendsFive()
    {
        var run = await AppletRun.RunAsync("ping -i 0.2 -w 1 10.0.42.130");

        Assert.Contains("5 packets transmitted, 5 packets received, 0% packet loss", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OptionAfterHostOnMusl_ShowsUsage()
    {
        var machine = new FakeMachine(new FakeNetworkStack());
        var context = new Processes.ProcessContext
        {
            Args = ["ping", "10.0.42.130", "-c", "1"],
            Stdin = TextReader.Null,
            Stdout = new StringWriter(),
            Stderr = new StringWriter(),
            Machine = machine,
            Clock = new CountingClock(null),
        };

        var status = await new PingApplet(BusyboxBuild.Alpine).RunAsync(context);

        Assert.Equal(1, status);
        Assert.StartsWith(BusyboxBuild.Alpine.Banner, context.Stderr.ToString(), StringComparison.Ordinal);
    }
}
