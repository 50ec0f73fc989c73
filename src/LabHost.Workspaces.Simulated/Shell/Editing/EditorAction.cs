namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>What a keystroke did to the line being edited.</summary>
public enum EditorActionKind
{
    /// <summary>Still editing.</summary>
    None,

    /// <summary>Enter: <see cref="EditorAction.Line"/> is the line; the editor waits for the next Start.</summary>
    Submit,

    /// <summary>Ctrl-C: the line was dropped ("^C" written).</summary>
    Interrupt,

    /// <summary>Ctrl-D on an empty line.</summary>
    EndOfFile,
}

public sealed record EditorAction(EditorActionKind Kind, string Line = "")
{
    public static EditorAction None { get; } = new(EditorActionKind.None);
}
