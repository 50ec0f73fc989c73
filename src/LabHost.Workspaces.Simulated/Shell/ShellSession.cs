using System.Text;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell.Editing;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>
/// An interactive shell on a terminal: line editing, running lines, prompts, history, `\`
/// continuation, Ctrl-C, and handing the keyboard to a nested console (docker run -it).
/// It is itself an <see cref="IInteractiveConsole"/>, so a container's session can be the
/// foreground of the host's. Input, Resize, Attach and Detach are safe to call from any thread;
/// output is written from one logical flow at a time.
/// </summary>
public sealed partial class ShellSession : IInteractiveConsole
{
    private readonly object gate = new();
    private readonly StringBuilder pending = new();
    private readonly LineEditor editor;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Decoder utf8 = Encoding.UTF8.GetDecoder();
    private readonly SessionTerminal terminal;
    private Action<string>? sink;
    private bool started;
    private bool pumping;
    private Task pump = Task.CompletedTask;
    private string? continuation;

    public ShellSession(Machine machine, ShellState state, ShellSessionOptions? options = null)
    {
        Options = options ?? new ShellSessionOptions();
        Interpreter = new ShellInterpreter(machine, state, Options.Limits, Options.Clock);
        editor = new LineEditor(Emit, Options.Completion?.Invoke(Interpreter) ?? new ShellCompletionSource(Interpreter));
        terminal = new SessionTerminal(this);
    }

    /// <summary>Raised after each line ran (not for empty lines): the text as typed and its status.</summary>
    public event Action<string, int>? CommandCompleted;

    public ShellSessionOptions Options { get; }

    public ShellInterpreter Interpreter { get; }

    public ShellState State => Interpreter.State;

    public string? DetachKeys => Options.DetachKeys;

    public Task<int> Exited => exited.Task;

    public int Columns { get; private set; } = 80;

    public int Rows { get; private set; } = 24;

    /// <summary>Connects the terminal; the first attach prints the prompt.</summary>
    public void Attach(Action<string> output, int columns, int rows)
    {
        lock (gate)
        {
            sink = output;
            Columns = Math.Max(1, columns);
            Rows = Math.Max(1, rows);
            editor.Resize(Columns);
            if (!started)
            {
                started = true;
                StartPrompt();
            }
        }
    }

    /// <summary>Disconnects the terminal; output is dropped until the next Attach (as docker's is).</summary>
    public void Detach()
    {
        lock (gate)
        {
            sink = null;
        }
    }

    public void Resize(int columns, int rows)
    {
        lock (gate)
        {
            Columns = Math.Max(1, columns);
            Rows = Math.Max(1, rows);
            editor.Resize(Columns);
        }

        terminal.Foreground?.Resize(columns, rows);
    }

    /// <summary>Raw bytes from the terminal (UTF-8; a character may be split across calls).</summary>
    public void Input(ReadOnlySpan<byte> data)
    {
        string text;
        lock (gate)
        {
            var chars = new char[utf8.GetCharCount(data, flush: false)];
            utf8.GetChars(data, chars, flush: false);
            text = new string(chars);
        }

        Input(text);
    }

    /// <summary>
    /// Completes when everything typed so far was handled and no line is running, or the line
    /// running has handed the terminal to a console (a nested sh) that is itself idle, waiting for keys.
    /// </summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            Task current;
            IInteractiveConsole? foreground;
            lock (gate)
            {
                current = pump;
                foreground = terminal.Foreground;
            }

            // A console that has exited is about to give the terminal back: wait for the line instead.
            if (foreground is not null && !foreground.Exited.IsCompleted)
            {
                if (foreground is ShellSession nested)
                {
                    await nested.WhenIdleAsync();
                }

                if (ReferenceEquals(terminal.Foreground, foreground))
                {
                    return;
                }

                continue;
            }

            await current;
            lock (gate)
            {
                if (ReferenceEquals(current, pump) && !pumping)
                {
                    return;
                }
            }
        }
    }

    public ShellSnapshot Save() => State.ToSnapshot();

    /// <summary>Terminal output from outside the editor (foreground consoles, clear).</summary>
    internal void EmitRaw(string text) => Emit(text);

    private void Emit(string text)
    {
        Action<string>? output;
        lock (gate)
        {
            output = sink;
        }

        output?.Invoke(text);
    }

    private string Prompt() => Options.Prompt?.Invoke(State) ?? DefaultPrompt();

    private string DefaultPrompt()
    {
        if (State.Dialect == ShellDialect.Bash)
        {
            return Interpreter.Machine.Prompt;
        }

        var home = State.Variables.GetValueOrDefault("HOME", "/root");
        var directory = State.WorkingDirectory;
        var shown = directory == home ? "~" : directory.StartsWith(home + "/", StringComparison.Ordinal) ? "~" + directory[home.Length..] : directory;
        return shown + " # ";
    }

    private void StartPrompt()
    {
        lock (gate)
        {
            // A recalled multi-line entry is shown on one line: `\`-newline joins, other newlines become spaces.
            editor.History = State.History
                .Select(h => h.Line.Replace("\\\n", "", StringComparison.Ordinal).Replace('\n', ' '))
                .ToList();
            editor.Start(Prompt());
        }
    }
}
