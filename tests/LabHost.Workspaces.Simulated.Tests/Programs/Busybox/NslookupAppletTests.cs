namespace LabHost.Workspaces.Simulated.Programs.Busybox;

public sealed class NslookupAppletTests
{
    [Fact]
    public async Task RunAsync_NoNameserverConfigured_RefusedOnLocalhost()
    {
        var run = await AppletRun.RunAsync("nslookup peer", new FakeNetworkStack { Nameservers = [] });

        Assert.Equal(1, run.Status);
        Assert.Equal("nslookup: write to '127.0.0.1': Connection refused\n", run.Stderr);
        Assert.Equal(";; connection timed out; no servers could be reached\n\n", run.Stdout);
    }

    [Fact]
    public async Task RunAsync_SilentServer_TimesOutAfterFiveSeconds()
    {
        var run = await AppletRun.RunAsync("nslookup peer 10.0.42.131");

        Assert.Equal(1, run.Status);
        Assert.Equal(TimeSpan.FromSeconds(5), run.Waited);
        Assert.Equal(";; connection timed out; no servers could be reached\n\n", run.Stdout);
    }
}
