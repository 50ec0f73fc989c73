using System.Globalization;

namespace LabHost.Bench;

/// <summary>Command line options; every one has a default that runs in a few seconds.</summary>
public sealed record BenchOptions
{
    public int Warmup { get; init; } = 200;

    public int Iterations { get; init; } = 2000;

    public int Workspaces { get; init; } = 500;

    public int RealIterations { get; init; } = 5;

    public string? RealDockerHost { get; init; }

    public string? ScriptPath { get; init; }

    /// <summary>An engine holding labhost/workspace:latest, for Docker workspace start-up and memory (bench/docker-workspaces.sh starts one).</summary>
    public string? DockerWorkspacesHost { get; init; }

    public int WorkspaceStarts { get; init; } = 3;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--warmup" => options with { Warmup = Number(value) },
                "--iterations" => options with { Iterations = Number(value) },
                "--workspaces" => options with { Workspaces = Number(value) },
                "--real-iterations" => options with { RealIterations = Number(value) },
                "--real-docker-host" => options with { RealDockerHost = value },
                "--script" => options with { ScriptPath = value },
                "--docker-workspaces-host" => options with { DockerWorkspacesHost = value },
                "--workspace-starts" => options with { WorkspaceStarts = Number(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}; options: --warmup N --iterations N --workspaces N --real-iterations N --real-docker-host unix:///path --script FILE --docker-workspaces-host unix:///path --workspace-starts N"),
            };
        }

        return options;
    }

    private static int Number(string text) => Math.Max(1, int.Parse(text, CultureInfo.InvariantCulture));
}
