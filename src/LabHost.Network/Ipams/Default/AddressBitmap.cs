namespace LabHost.Network.Ipams.Default;

/// <summary>
/// Which host ordinals of one pool are taken (libnetwork's bitseq, kept sparse: a workspace holds
/// a few dozen addresses, not 2^24 bits). Serial allocation continues after the last one handed out.
/// </summary>
public sealed class AddressBitmap
{
    public AddressBitmap(ulong size)
    {
        Size = size;
    }

    public ulong Size { get; set; }

    public SortedSet<ulong> Taken { get; set; } = [];

    /// <summary>Where a serial search starts: one past the ordinal handed out last.</summary>
    public ulong Current { get; set; }

    public bool IsSet(ulong ordinal) => Taken.Contains(ordinal);

    /// <summary>Sets one ordinal; false when it was already set.</summary>
    public bool Set(ulong ordinal) => Taken.Add(ordinal);

    public void Unset(ulong ordinal) => Taken.Remove(ordinal);

    /// <summary>The first free ordinal in [start, end] (from Current when serial), or null.</summary>
    public ulong? SetAnyInRange(ulong start, ulong end, bool serial)
    {
        var from = serial && Current >= start && Current <= end ? Current : start;
        var found = FirstFree(from, end) ?? (from > start ? FirstFree(start, from - 1) : null);
        if (found is { } ordinal)
        {
            Taken.Add(ordinal);
            Current = ordinal + 1;
        }

        return found;
    }

    private ulong? FirstFree(ulong from, ulong to)
    {
        var candidate = from;
        foreach (var taken in Taken.GetViewBetween(from, to))
        {
            if (taken != candidate)
            {
                break;
            }

            candidate++;
        }

        return candidate <= to ? candidate : null;
    }
}
