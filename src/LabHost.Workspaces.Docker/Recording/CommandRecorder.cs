using System.Collections.Immutable;
using System.Text;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Workspaces.Docker.Recording;

/// <summary>
/// The commands the learner typed, for the grader. Host lines come from the host shell's own
/// record (commands.log, written by bash's PROMPT_COMMAND and DEBUG trap; see
/// tools/workspace-image/rootfs/etc/labhost/bashrc): exact text and exit status. Lines typed while
/// a host line that hands the keyboard to a container runs (`docker run -it`, `docker attach`,
/// `docker exec -it`, `docker start -ai`) are best-effort: rebuilt from the keys sent (printable
/// characters, Backspace, Ctrl-U; escape sequences such as arrows and Tab completion are not
/// replayed), recorded when Enter is sent, with exit status 0 since the container's shell is not
/// ours to hook. Safe for concurrent use.
/// </summary>
internal sealed class CommandRecorder(string logPath, int limit, TimeProvider time)
{
    private readonly object gate = new();
    private readonly List<CommandRecord> records = [];
    private readonly InputLine line = new();
    private long offset;
    private string pending = "";
    private HostLine? running;

    /// <summary>A host line has started and not ended (its prompt is not back).</summary>
    public HostLine? Running
    {
        get
        {
            lock (gate)
            {
                Refresh();
                return running;
            }
        }
    }

    public ImmutableArray<CommandRecord> ToImmutable()
    {
        lock (gate)
        {
            Refresh();
            return [.. records];
        }
    }

    /// <summary>Keys as sent to the terminal; a line typed into a container is recorded at Enter.</summary>
    public void Input(ReadOnlySpan<byte> keys, Func<string?>? newestContainer = null)
    {
        lock (gate)
        {
            foreach (var typed in line.Feed(keys))
            {
                Refresh();
                if (running is { Container: { } container } && typed.Trim().Length > 0)
                {
                    var name = container.Length > 0 ? container : newestContainer?.Invoke() ?? "";
                    Add(new CommandRecord(typed, name, 0, time.GetUtcNow()));
                }
            }
        }
    }

    private void Refresh()
    {
        if (!File.Exists(logPath))
        {
            return;
        }

        using var file = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (file.Length <= offset)
        {
            return;
        }

        file.Seek(offset, SeekOrigin.Begin);
        var bytes = new byte[file.Length - offset];
        file.ReadExactly(bytes);
        offset += bytes.Length;
        pending += Encoding.UTF8.GetString(bytes);
        int end;
        while ((end = pending.IndexOf('\n', StringComparison.Ordinal)) >= 0)
        {
            Apply(pending[..end]);
            pending = pending[(end + 1)..];
        }
    }

    private void Apply(string record)
    {
        var fields = record.Split('\t');
        switch (fields)
        {
            case ["S", _, var text]:
                running = HostLine.Parse(Unescape(text));
                break;
            case ["C", _, var status, var text]:
                running = null;
                Add(new CommandRecord(Unescape(text), null, int.TryParse(status, out var s) ? s : 0, time.GetUtcNow()));
                break;
        }
    }

    private void Add(CommandRecord record)
    {
        records.Add(record);
        if (records.Count > limit)
        {
            records.RemoveAt(0);
        }
    }

    private static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                sb.Append(text[i] switch { 'n' => '\n', 't' => '\t', _ => text[i] });
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }
}
