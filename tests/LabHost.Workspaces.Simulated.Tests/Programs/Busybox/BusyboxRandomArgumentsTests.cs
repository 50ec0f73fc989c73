using System.Diagnostics;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

public sealed class BusyboxRandomArgumentsTests
{
    private static readonly string[] Applets = ["ip", "ifconfig", "ping", "nslookup", "hostname", "route"];

    private static readonly string[] Words =
    [
        "-", "--", "-4", "-6", "-o", "-f", "inet", "inet6", "link", "-a", "-c", "-W", "-w", "-i", "-q", "-s", "-n",
        "-x", "0", "1", "2", "0.2", "abc", "addr", "a", "route", "r", "link", "l", "show", "dev", "eth0", "lo", "nope",
        "get", "add", "del", "up", "10.0.42.130", "10.0.42.131", "192.0.2.1", "1.1.1.1", "peer", "nosuch", "127.0.0.11",
        "-type=a", "-type=mx", "-debug", "--help", "-i", "-d", "rule", "neigh", "to", "", "-qc2", "-br", "-e", "-A",
    ];

    [Fact]
    public async Task RunAsync_TwentyThousandRandomArgumentLists_ReturnQuicklyAndNeverThrow()
    {
        var random = new Random(4242);
        var network = new FakeNetworkStack();
        foreach (var applet in Applets)
        {
            for (var i = 0; i < 20_000; i++)
            {
                var args = new List<string> { applet };
                var count = random.Next(0, 6);
                for (var j = 0; j < count; j++)
                {
                    args.Add(Words[random.Next(Words.Length)]);
                }

                var clock = Stopwatch.StartNew();
                var run = await AppletRun.RunAsync(args, network, CancellationToken.None, cancelAfterDelays: 20);
                Assert.True(clock.ElapsedMilliseconds < 1000, string.Join(' ', args));
                Assert.InRange(run.Status, 0, 255);
            }
        }
    }
}
