using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Running a submitted line.</summary>
public sealed partial class ShellSession
{
    private async Task OnLineAsync(string line)
    {
        var text = continuation is null ? line : continuation + "\n" + line;
        if (ShellParser.Parse(text, Interpreter.Limits.MaxSubstitutionDepth) is Incomplete && text.Length <= Interpreter.Limits.MaxLineLength)
        {
            continuation = text;
            lock (gate)
            {
                editor.Start("> ");
            }

            return;
        }

        continuation = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            StartPrompt();
            return;
        }

        var history = State.History;
        history.Add(new HistoryEntry(text, 0));
        if (history.Count > Interpreter.Limits.MaxHistory)
        {
            history.RemoveAt(0);
        }

        var index = history.Count - 1;
        var status = await RunLineAsync(text);
        history[index] = history[index] with { ExitStatus = status.ExitStatus };
        CommandCompleted?.Invoke(text, status.ExitStatus);
        if (status.ExitRequested)
        {
            if (State.Dialect == ShellDialect.Bash)
            {
                Emit("exit\r\n");
            }

            exited.TrySetResult(status.ExitStatus);
            return;
        }

        StartPrompt();
    }

    private async Task<ShellRunResult> RunLineAsync(string text)
    {
        using var cancellation = new CancellationTokenSource();
        lock (gate)
        {
            running = cancellation;
        }

        try
        {
            var writer = new TerminalWriter(Emit);
            var streams = new ShellStreams(TextReader.Null, writer, writer, terminal);
            return await Interpreter.RunAsync(text, streams, cancellation.Token);
        }
        catch (Exception ex)
        {
            // The interpreter should not throw; if it does, the session must survive it.
            Emit($"{ShellMessages.Name(State.Dialect)}: internal error: {ex.Message}\r\n");
            return new ShellRunResult(1, false);
        }
        finally
        {
            lock (gate)
            {
                running = null;
            }
        }
    }
}
