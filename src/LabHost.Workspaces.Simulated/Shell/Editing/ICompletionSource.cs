namespace LabHost.Workspaces.Simulated.Shell.Editing;

/// <summary>Tab completion: given the line and the cursor (a UTF-16 index), what could the word be.</summary>
public interface ICompletionSource
{
    CompletionResult Complete(string line, int cursor);
}

/// <summary>Candidates for line[Start..cursor], each the whole replacement word.</summary>
public sealed record CompletionResult(int Start, IReadOnlyList<string> Candidates)
{
    public static CompletionResult Empty(int cursor) => new(cursor, []);
}
