namespace LabHost.Cli;

/// <summary>`labhost lint` and `labhost test` on the lecture lab, and on scratch copies broken on purpose.</summary>
public sealed class LabCommandsTests : IDisposable
{
    private readonly string scratch = Path.Combine(Path.GetTempPath(), "labhost-labs-" + Guid.NewGuid().ToString("N"));

    public LabCommandsTests()
    {
        CopyDirectory(Path.Combine(RepoRoot(), "labs", "docker-networking"), Path.Combine(scratch, "docker-networking"));
    }

    private string Lab => Path.Combine(scratch, "docker-networking");

    [Fact]
    public async Task LintAndTest_LectureLab_Pass()
    {
        var (lint, lintOut) = await RunAsync("lint", scratch);
        var (test, testOut) = await RunAsync("test", scratch);

        Assert.True(lint == 0, lintOut);
        Assert.True(test == 0, testOut);
        Assert.Contains("1 lab(s) passed", testOut);
    }

    [Fact]
    public async Task Test_BrokenSolution_FailsAtThatStepWithTheGradersFinding()
    {
        Edit("lab.yaml", "--ip-range 10.0.42.128/25 user-network", "user-network");

        var (status, output) = await RunAsync("test", Lab);

        Assert.Equal(1, status);
        Assert.Contains("FAIL create-user-network", output);
        Assert.Contains("user-network exists, but its ip-range is none; the step asks for 10.0.42.128/25", output);
    }

    [Fact]
    public async Task Lint_StepMissingFromOneLanguage_NamesTheStepAndTheFile()
    {
        Edit("en.md", "{#detach}", "");

        var (status, output) = await RunAsync("lint", Lab);

        Assert.Equal(1, status);
        Assert.Matches(@"lab\.yaml:\d+:\d+: error LAB201: step 'detach' has no section in en\.md", output);
    }

    [Fact]
    public async Task Test_CheckPassingOnAnEmptyMachine_IsReportedAsBroken()
    {
        Edit("lab.yaml", "      - kind: network-exists\n        name: user-network2", "      - kind: network-absent\n        name: nothing-here\n      - kind: network-exists\n        name: user-network2");

        var (status, output) = await RunAsync("test", Lab);

        Assert.Equal(1, status);
        Assert.Contains("the network-absent check passes on an empty machine", output);
    }

    [Fact]
    public async Task Lint_UnknownCheckKind_IsAnErrorWithItsLine()
    {
        Edit("lab.yaml", "kind: swarm-active", "kind: swarm-activ");

        var (status, output) = await RunAsync("lint", Lab);

        Assert.Equal(1, status);
        Assert.Matches(@"lab\.yaml:\d+:\d+: error LAB\d+: .*unknown check kind 'swarm-activ'", output);
    }

    [Fact]
    public async Task Test_DockerHostWithNoEngine_SaysWhichEngineItCouldNotReach()
    {
        var socket = "unix://" + Path.Combine(scratch, "no-engine.sock");

        var (status, output) = await RunAsync("test", Lab, "--workspace", "docker", "--docker-host", socket);

        Assert.Equal(1, status);
        Assert.Contains("labhost test: The lab server cannot start a machine right now.", output);
        Assert.EndsWith($"\n  engine: {socket}\n", output);
    }

    [Fact]
    public async Task Test_DockerHostNotAUri_IsAUsageError()
    {
        var (status, output) = await RunAsync("test", Lab, "--workspace=docker", "--docker-host=docker.sock");

        Assert.Equal(2, status);
        Assert.Equal("labhost test: --docker-host wants a URI such as unix:///var/run/docker.sock or tcp://host:2375, not 'docker.sock'\n", output);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Lab, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    private static async Task<(int Status, string Output)> RunAsync(string command, string directory, params string[] options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var status = await LabHostCommand.RunAsync([command, directory, .. options], stdout, stderr);
        return (status, stdout.ToString() + stderr);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LabHost.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("LabHost.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
