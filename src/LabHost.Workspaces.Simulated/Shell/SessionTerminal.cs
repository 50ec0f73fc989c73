using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// The terminal as a session's programs see it. RunForegroundAsync gives the keyboard to a
/// console until it exits or the user types its detach keys; keys after the detach sequence go
/// back to the session as typeahead. Safe for concurrent use.
/// </summary>
internal sealed class SessionTerminal(ShellSession session) : ITerminalHost, IForegroundHost
{
    private readonly object gate = new();
    private IInteractiveConsole? foreground;
    private TaskCompletionSource? detached;
    private string held = "";

    public int Columns => session.Columns;

    public int Rows => session.Rows;

    public IInteractiveConsole? Foreground
    {
        get
        {
            lock (gate)
            {
                return foreground;
            }
        }
    }

    public void Clear() => session.EmitRaw("\u001b[H\u001b[2J");

    public async Task<ForegroundResult> RunForegroundAsync(IInteractiveConsole console, CancellationToken cancellation)
    {
        // Continuations run synchronously (outside the lock, see Forward): under a workspace's
        // serial scheduler the detached command's continuation is then queued before the key's
        // work item ends, so the workspace is not idle until the host prompt is back.
        var detach = new TaskCompletionSource();
        lock (gate)
        {
            if (foreground is not null)
            {
                throw new InvalidOperationException("The terminal already has a foreground console.");
            }

            foreground = console;
            detached = detach;
            held = "";
        }

        try
        {
            console.Attach(session.EmitRaw, session.Columns, session.Rows);
            var cancelled = Task.Delay(Timeout.Infinite, cancellation);
            var first = await Task.WhenAny(console.Exited, detach.Task, cancelled);
            console.Detach();
            return first == console.Exited ? ForegroundResult.ExitedWith(await console.Exited) : ForegroundResult.DetachedByUser;
        }
        finally
        {
            lock (gate)
            {
                foreground = null;
                detached = null;
            }
        }
    }

    /// <summary>Sends keys to the foreground console; returns the keys left after a detach.</summary>
    public string Forward(string data)
    {
        IInteractiveConsole? console;
        TaskCompletionSource? completed = null;
        var forward = new System.Text.StringBuilder();
        var rest = "";
        lock (gate)
        {
            console = foreground;
            if (console is null)
            {
                return data;
            }

            var keys = console.DetachKeys;
            for (var i = 0; i < data.Length; i++)
            {
                var c = data[i];
                if (string.IsNullOrEmpty(keys))
                {
                    forward.Append(c);
                    continue;
                }

                if (c == keys[held.Length])
                {
                    held += c;
                    if (held.Length == keys.Length)
                    {
                        held = "";
                        completed = detached;

                        // From this key on, input is the host's again, even before the detached
                        // command has finished: what is typed next must not reach the container.
                        foreground = null;
                        rest = data[(i + 1)..];
                        break;
                    }

                    continue;
                }

                // Not the detach sequence after all: the held keys belong to the console.
                forward.Append(held).Append(c);
                held = "";
            }
        }

        if (forward.Length > 0)
        {
            console.Input(forward.ToString());
        }

        completed?.TrySetResult();
        return rest;
    }
}
