using LabHost.Workspaces.Simulated.Shell.Syntax;

namespace LabHost.Workspaces.Simulated.Shell;

public class ShellParserTests
{
    [Theory]
    [InlineData("echo hi", "{[echo] [hi]}")]
    [InlineData("  echo   a\tb  ", "{[echo] [a] [b]}")]
    [InlineData("echo 'a b' \"c d\"", "{[echo] ['a b'] ['c d']}")]
    [InlineData("echo \"a \\\"q\\\" \\\\ \\$x\"", "{[echo] ['a \"q\" \\ $x']}")]
    [InlineData("echo a\\ b", "{[echo] [a' 'b]}")]
    [InlineData("echo $HOME ${USER}x \"$?\"", "{[echo] [${HOME}] [${USER}x] [\"${?}\"]}")]
    [InlineData("echo '$HOME'", "{[echo] ['$HOME']}")]
    [InlineData("echo $ a$", "{[echo] [$] [a$]}")]
    [InlineData("a && b || c; d", "{[a]} && {[b]} || {[c]} ; {[d]}")]
    [InlineData("a | b | c", "{[a] | [b] | [c]}")]
    [InlineData("echo a > /tmp/f 2>&1", "{[echo] [a] 1>/tmp/f 2>&1}")]
    [InlineData("cat < in >> out 2> err", "{[cat] 0<in 1>>out 2>err}")]
    [InlineData("echo x >&2", "{[echo] [x] 1>&2}")]
    [InlineData("ls &> /dev/null", "{[ls] &>/dev/null}")]
    [InlineData("echo a # comment", "{[echo] [a]}")]
    [InlineData("echo a#b", "{[echo] [a#b]}")]
    [InlineData("A=1 B=x env", "{A=[1] B=[x] [env]}")]
    [InlineData("echo a=1", "{[echo] [a=1]}")]
    [InlineData("echo a \\\nb", "{[echo] [a] [b]}")]
    [InlineData("cd ~/x", "{[cd] [~/x]}")]
    [InlineData("echo ''", "{[echo] ['']}")]
    [InlineData("", "")]
    [InlineData("# only a comment", "")]
    [InlineData("a &&\nb", "{[a]} && {[b]}")]
    public void Parse_ValidLine_GivesList(string line, string expected)
    {
        var result = Assert.IsType<Parsed>(ShellParser.Parse(line));
        Assert.Equal(expected, result.Commands.ToString());
    }

    [Theory]
    [InlineData("echo 'abc", IncompleteReason.Quote)]
    [InlineData("echo \"abc", IncompleteReason.Quote)]
    [InlineData("echo abc\\", IncompleteReason.Backslash)]
    [InlineData("echo a &&", IncompleteReason.Operator)]
    [InlineData("echo a ||  ", IncompleteReason.Operator)]
    [InlineData("echo a |", IncompleteReason.Operator)]
    public void Parse_UnfinishedLine_IsIncomplete(string line, IncompleteReason reason)
    {
        Assert.Equal(new Incomplete(reason), ShellParser.Parse(line));
    }

    // Wording checked against busybox 1.35 `sh -c` and bash 5.2.
    [Theory]
    [InlineData("&& echo", ShellDialect.Ash, "sh: syntax error: unexpected \"&&\"")]
    [InlineData("echo a | | b", ShellDialect.Ash, "sh: syntax error: unexpected \"|\"")]
    [InlineData("echo a ;; b", ShellDialect.Ash, "sh: syntax error: unexpected \";;\"")]
    [InlineData("echo a; ; b", ShellDialect.Ash, "sh: syntax error: unexpected \";\"")]
    [InlineData("a &&& b", ShellDialect.Ash, "sh: syntax error: unexpected \"&\"")]
    [InlineData("echo )", ShellDialect.Ash, "sh: syntax error: unexpected \")\"")]
    [InlineData("echo a >", ShellDialect.Ash, "sh: syntax error: unexpected newline")]
    [InlineData("echo ${x", ShellDialect.Ash, "sh: syntax error: missing '}'")]
    [InlineData("echo ${1x}", ShellDialect.Ash, "sh: syntax error: bad substitution")]
    [InlineData("&& echo", ShellDialect.Bash, "bash: syntax error near unexpected token `&&'")]
    [InlineData("| a", ShellDialect.Bash, "bash: syntax error near unexpected token `|'")]
    [InlineData("echo a >", ShellDialect.Bash, "bash: syntax error near unexpected token `newline'")]
    public void Parse_BadLine_IsWordedLikeTheRealShell(string line, ShellDialect dialect, string message)
    {
        var result = ShellParser.Parse(line);
        Assert.IsType<SyntaxError>(result);
        Assert.Equal(message, ShellMessages.Syntax(dialect, result));
    }
}
