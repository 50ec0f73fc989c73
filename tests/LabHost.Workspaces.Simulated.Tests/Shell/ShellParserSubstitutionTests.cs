using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

public class ShellParserSubstitutionTests
{
    [Theory]
    [InlineData("echo $(hostname)", "{[echo] [$({[hostname]})]}")]
    [InlineData("echo `hostname`", "{[echo] [$({[hostname]})]}")]
    [InlineData("echo a$(b)c", "{[echo] [a$({[b]})c]}")]
    [InlineData("echo \"x $(echo 'a  b') y\"", "{[echo] ['x '\"$({[echo] ['a  b']})\"' y']}")]
    [InlineData("echo $(echo $(echo in))", "{[echo] [$({[echo] [$({[echo] [in]})]})]}")]
    [InlineData("echo $(a | b && c; d)", "{[echo] [$({[a] | [b]} && {[c]} ; {[d]})]}")]
    [InlineData("echo $(echo \")\" \\))", "{[echo] [$({[echo] [')'] [')']})]}")]
    [InlineData("echo $(echo a # )\n)", "{[echo] [$({[echo] [a]})]}")]
    [InlineData("echo $(echo a \\\nb)", "{[echo] [$({[echo] [a] [b]})]}")]
    [InlineData("echo $(\necho a\necho b\n)", "{[echo] [$({[echo] [a]} ; {[echo] [b]})]}")]
    [InlineData("echo $()", "{[echo] [$()]}")]
    [InlineData("echo `echo \\`echo in\\``", "{[echo] [$({[echo] [$({[echo] [in]})]})]}")]
    [InlineData("echo \"`echo \\\"q\\\"`\"", "{[echo] [\"$({[echo] ['q']})\"]}")]
    [InlineData("echo `echo \\$HOME`", "{[echo] [$({[echo] [${HOME}]})]}")]
    [InlineData("x=$(date) y=`id`", "{x=[$({[date]})] y=[$({[id]})]}")]
    [InlineData("echo > $(f)", "{[echo] 1>$({[f]})}")]
    [InlineData("echo $((1 + $x * (2)))", "{[echo] [$(('1 + '\"${x}\"' * (2)'))]}")]
    [InlineData("echo \"$((1+$(echo 2)))\"", "{[echo] [\"$(('1+'\"$({[echo] [2]})\"))\"]}")]
    public void Parse_Substitution_GivesNestedList(string line, string expected)
    {
        var result = Assert.IsType<Parsed>(ShellParser.Parse(line));
        Assert.Equal(expected, result.Commands.ToString());
    }

    [Theory]
    [InlineData("echo $(echo a", IncompleteReason.Substitution)]
    [InlineData("echo $(echo $(echo a)", IncompleteReason.Substitution)]
    [InlineData("echo \"$(echo a\n", IncompleteReason.Substitution)]
    [InlineData("echo $(echo a \\", IncompleteReason.Backslash)]
    [InlineData("echo $(echo a &&", IncompleteReason.Substitution)]
    [InlineData("echo \"$(echo a\"", IncompleteReason.Quote)]
    [InlineData("echo `echo a", IncompleteReason.Backquote)]
    [InlineData("echo $((1 + 2", IncompleteReason.Arithmetic)]
    public void Parse_UnfinishedSubstitution_IsIncomplete(string line, IncompleteReason reason)
    {
        Assert.Equal(new Incomplete(reason), ShellParser.Parse(line));
    }

    // Wording checked against busybox 1.35 `sh -c` and interactive bash 5.2.
    [Theory]
    [InlineData("echo $(echo a &&)", ShellDialect.Ash, "sh: syntax error: unexpected \")\"")]
    [InlineData("echo $(echo a |)", ShellDialect.Ash, "sh: syntax error: unexpected \")\"")]
    [InlineData("echo $( | x)", ShellDialect.Ash, "sh: syntax error: unexpected \"|\"")]
    [InlineData("echo $(;)", ShellDialect.Ash, "sh: syntax error: unexpected \";\"")]
    [InlineData("echo `;`", ShellDialect.Ash, "sh: syntax error: unexpected \";\"")]
    [InlineData("echo $(echo a) )", ShellDialect.Ash, "sh: syntax error: unexpected \")\"")]
    [InlineData("echo $(echo a &&)", ShellDialect.Bash, "bash: syntax error near unexpected token `)'")]
    [InlineData("echo $( | x)", ShellDialect.Bash, "bash: syntax error near unexpected token `|'")]
    [InlineData("echo $(;)", ShellDialect.Bash, "bash: syntax error near unexpected token `;'")]
    public void Parse_BadSubstitution_IsWordedLikeTheRealShell(string line, ShellDialect dialect, string message)
    {
        var result = ShellParser.Parse(line);
        Assert.IsType<SyntaxError>(result);
        Assert.Equal(message, ShellMessages.Syntax(dialect, result));
    }

    [Theory]
    [InlineData("echo $(echo a", ShellDialect.Ash, "sh: syntax error: unexpected end of file (expecting \")\")")]
    [InlineData("echo `echo a", ShellDialect.Ash, "sh: syntax error: EOF in backquote substitution")]
    [InlineData("echo \"$(echo a\"", ShellDialect.Ash, "sh: syntax error: unterminated quoted string")]
    [InlineData("echo $((1", ShellDialect.Ash, "sh: syntax error: missing '))'")]
    [InlineData("echo $(echo a", ShellDialect.Bash, "bash: unexpected EOF while looking for matching `)'")]
    [InlineData("echo `echo a", ShellDialect.Bash, "bash: unexpected EOF while looking for matching ``'")]
    [InlineData("echo $((1", ShellDialect.Bash, "bash: unexpected EOF while looking for matching `)'")]
    public void Parse_UnterminatedAtEndOfInput_IsWordedLikeTheRealShell(string line, ShellDialect dialect, string message)
    {
        Assert.Equal(message, ShellMessages.Syntax(dialect, ShellParser.Parse(line)));
    }

    [Theory]
    [InlineData("echo $(echo $(echo $(echo x)))", true)]
    [InlineData("echo $(echo $(echo $(echo $(echo x))))", false)]
    [InlineData("echo `echo $(echo \\`echo x\\`)`", true)]
    [InlineData("echo `echo $(echo \\`echo $((1))\\`)`", false)]
    [InlineData("echo $(($(($(($((1))))))))", false)]
    public void Parse_NestingBeyondTheLimit_IsAnError(string line, bool withinLimit)
    {
        var result = ShellParser.Parse(line, maxNesting: 3);
        if (withinLimit)
        {
            Assert.IsType<Parsed>(result);
            return;
        }

        Assert.Equal(new SyntaxError(SyntaxErrorKind.NestedTooDeeply, "3"), result);
        Assert.Equal("sh: syntax error: substitutions nested too deeply (the limit is 3)", ShellMessages.Syntax(ShellDialect.Ash, result));
    }
}
