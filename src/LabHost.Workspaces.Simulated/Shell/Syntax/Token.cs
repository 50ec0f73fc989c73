namespace LabHost.Workspaces.Simulated.Shell.Syntax;

internal enum TokenKind
{
    Word,
    Operator,
    IoNumber,
    Newline,
    End,
}

internal sealed record Token(TokenKind Kind, string Text, Word? Word = null);
