namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// Keystrokes: to the foreground console if there is one (watching for its detach keys), else
/// Ctrl-C cancels a running line and other keys wait as typeahead, else they go to the editor.
/// </summary>
public sealed partial class ShellSession
{
    /// <summary>Keys kept while a line runs (a paste); beyond this they are dropped, as a full tty buffer would.</summary>
    private const int MaxTypeahead = 1 << 16;

    private CancellationTokenSource? running;

    public void Input(string data)
    {
        if (terminal.Foreground is not null)
        {
            data = terminal.Forward(data);
        }

        var start = false;
        lock (gate)
        {
            foreach (var c in data)
            {
                if (c == '\u0003' && running is not null)
                {
                    // The tty echoes ^C and drops typeahead when SIGINT is delivered.
                    pending.Clear();
                    running.Cancel();
                    Emit("^C\r\n");
                }
                else if (pending.Length < MaxTypeahead)
                {
                    pending.Append(c);
                }
            }

            if (!pumping && running is null && terminal.Foreground is null && started && !exited.Task.IsCompleted)
            {
                pumping = true;
                start = true;
            }
        }

        if (start)
        {
            var task = PumpAsync();
            lock (gate)
            {
                pump = task;
            }
        }
    }

    /// <summary>Feeds pending keys to the editor, running each submitted line before the next key.</summary>
    private async Task PumpAsync()
    {
        while (true)
        {
            Editing.EditorAction action;
            lock (gate)
            {
                if (pending.Length == 0 || exited.Task.IsCompleted)
                {
                    pumping = false;
                    return;
                }

                var c = pending[0];
                pending.Remove(0, 1);
                action = editor.Feed(c);
            }

            switch (action.Kind)
            {
                case Editing.EditorActionKind.Submit:
                    await OnLineAsync(action.Line);
                    break;
                case Editing.EditorActionKind.Interrupt:
                    continuation = null;
                    State.LastStatus = 130;
                    StartPrompt();
                    break;
                case Editing.EditorActionKind.EndOfFile:
                    OnEndOfFile();
                    break;
            }
        }
    }

    private void OnEndOfFile()
    {
        if (continuation is not null)
        {
            Emit("\r\n" + ShellMessages.Syntax(State.Dialect, new Syntax.Incomplete(Syntax.IncompleteReason.Operator)) + "\r\n");
            continuation = null;
            StartPrompt();
            return;
        }

        // What the real shells print on Ctrl-D at an empty prompt (checked in a pty).
        Emit(State.Dialect == ShellDialect.Bash ? "\r\nexit\r\n" : "\r\n");
        exited.TrySetResult(State.LastStatus);
    }
}
