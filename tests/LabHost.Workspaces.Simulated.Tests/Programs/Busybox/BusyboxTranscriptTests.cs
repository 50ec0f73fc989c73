using System.Net;
using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// Replays the transcripts tools/busybox-truth/capture.sh recorded from real busybox in network
/// namespaces and demands the same bytes, apart from ping's measured times.
/// </summary>
public sealed partial class BusyboxTranscriptTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Programs", "Busybox", "Transcripts");

    // Captured where no DNS listened on 127.0.0.11, which cannot happen in Docker; see NslookupAppletTests.
    private static readonly string[] NotReplayed = ["nslookup-refused"];

    public static TheoryData<string> Slugs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.cmd").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            if (!NotReplayed.Contains(slug))
            {
                data.Add(slug);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task RunAsync_CapturedCommand_PrintsWhatBusyboxPrinted(string slug)
    {
        var command = File.ReadAllText(Path.Combine(Folder, slug + ".cmd")).TrimEnd('\n');
        var network = new FakeNetworkStack();
        if (slug == "ping-unreachable")
        {
            network = new FakeNetworkStack { Routes = network.Routes.Where(r => r.Destination is not null).ToList() };
        }

        var run = await AppletRun.RunAsync(command, network);

        Assert.Equal(Normalise(Read(slug, ".out")), Normalise(run.Stdout));
        Assert.Equal(Read(slug, ".err"), run.Stderr);
        Assert.Equal(int.Parse(Read(slug, ".rc").Trim(), System.Globalization.CultureInfo.InvariantCulture), run.Status);
    }

    private static string Read(string slug, string extension) => File.ReadAllText(Path.Combine(Folder, slug + extension));

    private static string Normalise(string output) =>
        RoundTrip().Replace(Time().Replace(output, "time=T ms"), "round-trip min/avg/max = T ms");

    [GeneratedRegex(@"time=\d+\.\d+ ms")]
    private static partial Regex Time();

    [GeneratedRegex(@"round-trip min/avg/max = [\d./]+ ms")]
    private static partial Regex RoundTrip();
}
