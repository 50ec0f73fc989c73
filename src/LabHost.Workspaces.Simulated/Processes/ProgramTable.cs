namespace LabHost.Workspaces.Simulated.Processes;

/// <summary>An explicit table of the programs a machine has, by name (no scanning).</summary>
public sealed class ProgramTable
{
    private readonly Dictionary<string, IProgram> programs = new(StringComparer.Ordinal);

    public ProgramTable Add(string name, IProgram program)
    {
        programs[name] = program;
        return this;
    }

    public bool TryGet(string name, out IProgram program) => programs.TryGetValue(name, out program!);

    public IEnumerable<string> Names => programs.Keys;
}
