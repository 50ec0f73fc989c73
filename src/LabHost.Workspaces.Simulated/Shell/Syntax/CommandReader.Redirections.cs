namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>Redirections and NAME=value assignments.</summary>
internal sealed partial class CommandReader
{
    private Redirection ReadRedirection()
    {
        int? fd = null;
        if (Current.Kind == TokenKind.IoNumber)
        {
            fd = int.Parse(Current.Text, System.Globalization.CultureInfo.InvariantCulture);
            index++;
        }

        var op = Current.Text;
        index++;
        if (op == "<<")
        {
            // Here-documents need multi-line input handling the simulator does not have.
            throw ParseFailure.Unexpected("<<");
        }

        var target = Current;
        if (target.Kind is TokenKind.Newline || target is { Kind: TokenKind.End, Text: "" })
        {
            throw ParseFailure.Unexpected("newline");
        }

        if (target.Kind != TokenKind.Word)
        {
            throw ParseFailure.Unexpected(target.Text);
        }

        index++;
        var word = target.Word!;
        if (op is ">&" or "<&" && word.LiteralText is { } text && (text == "-" || text.All(char.IsAsciiDigit)))
        {
            return new Redirection(fd ?? (op == ">&" ? 1 : 0), RedirectionKind.Duplicate, null, text == "-" ? -1 : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        }

        return op switch
        {
            ">" or ">|" => new Redirection(fd ?? 1, RedirectionKind.Output, word),
            ">>" => new Redirection(fd ?? 1, RedirectionKind.Append, word),
            "<" => new Redirection(fd ?? 0, RedirectionKind.Input, word),
            // `>&file` (no digits) is bash's spelling of &>file.
            _ => new Redirection(1, RedirectionKind.OutputAndError, word),
        };
    }

    private static Assignment? AsAssignment(Word word)
    {
        if (word.Parts.FirstOrDefault() is not LiteralPart { Quoted: false } first)
        {
            return null;
        }

        var equals = first.Text.IndexOf('=');
        if (equals <= 0 || char.IsAsciiDigit(first.Text[0])
            || !first.Text[..equals].All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        var rest = new List<WordPart>();
        if (equals + 1 < first.Text.Length)
        {
            rest.Add(new LiteralPart(first.Text[(equals + 1)..], false));
        }

        rest.AddRange(word.Parts.Skip(1));
        return new Assignment(first.Text[..equals], new Word(rest));
    }
}
