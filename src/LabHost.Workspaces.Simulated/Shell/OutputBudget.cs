namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// Characters left for one command line's output, shared by its stdout and stderr. When spent,
/// one notice is written and further writes throw <see cref="OutputLimitExceededException"/>,
/// which stops a program that writes forever (like SIGPIPE would). Not safe for concurrent use.
/// </summary>
internal sealed class OutputBudget(int limit)
{
    private int used;

    public int Limit { get; } = limit;

    public bool Spent { get; private set; }

    /// <summary>How many of <paramref name="count"/> chars may still be written; marks the budget spent.</summary>
    public int Take(int count)
    {
        if (Spent)
        {
            throw new OutputLimitExceededException();
        }

        var allowed = Math.Min(count, Limit - used);
        used += allowed;
        if (allowed < count)
        {
            Spent = true;
        }

        return allowed;
    }
}
