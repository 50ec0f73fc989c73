using System.Collections.Immutable;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Simulated.Workspace;

/// <summary>The commands typed in a workspace, the newest <c>limit</c> of them. Safe for concurrent use.</summary>
internal sealed class CommandLog(int limit)
{
    private readonly object gate = new();
    private readonly Queue<CommandRecord> records = new();

    public void Add(CommandRecord record)
    {
        lock (gate)
        {
            records.Enqueue(record);
            while (records.Count > limit)
            {
                records.Dequeue();
            }
        }
    }

    public void AddRange(IEnumerable<CommandRecord> saved)
    {
        foreach (var record in saved)
        {
            Add(record);
        }
    }

    public ImmutableArray<CommandRecord> ToImmutable()
    {
        lock (gate)
        {
            return [.. records];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            records.Clear();
        }
    }
}
