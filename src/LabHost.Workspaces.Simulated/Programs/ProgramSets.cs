using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Programs.Core;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs;

/// <summary>What is on PATH: on the host (bash, coreutils, iproute2, docker) and in containers (busybox).</summary>
public static class ProgramSets
{
    public static ProgramTable AddHost(ProgramTable table, IProgram docker)
    {
        CorePrograms.AddTo(table, ShellDialect.Bash);
        NetworkPrograms.AddHost(table);
        return table.Add("docker", docker);
    }

    public static ProgramTable AddContainer(ProgramTable table)
    {
        CorePrograms.AddTo(table, ShellDialect.Ash);
        NetworkPrograms.AddContainer(table);
        return table;
    }
}
