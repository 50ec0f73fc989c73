namespace LabHost.Workspaces.Simulated.Shell.Syntax;

public enum RedirectionKind
{
    /// <summary>n&gt;file</summary>
    Output,

    /// <summary>n&gt;&gt;file</summary>
    Append,

    /// <summary>n&lt;file</summary>
    Input,

    /// <summary>n&gt;&amp;m: fd n becomes a copy of fd m.</summary>
    Duplicate,

    /// <summary>&amp;&gt;file: stdout and stderr to the file (bash, and ash's bash compatibility).</summary>
    OutputAndError,
}

/// <summary>One redirection; Target is null for Duplicate, which uses SourceFd.</summary>
public sealed record Redirection(int Fd, RedirectionKind Kind, Word? Target, int SourceFd = -1)
{
    public override string ToString() => Kind switch
    {
        RedirectionKind.Output => $"{Fd}>{Target}",
        RedirectionKind.Append => $"{Fd}>>{Target}",
        RedirectionKind.Input => $"{Fd}<{Target}",
        RedirectionKind.Duplicate => $"{Fd}>&{SourceFd}",
        _ => $"&>{Target}",
    };
}
