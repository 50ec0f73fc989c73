using System.Text;

namespace LabHost.Workspaces.Simulated.Shell.Editing;

public class LineEditorTests
{
    private readonly StringBuilder screen = new();
    private readonly LineEditor editor;

    public LineEditorTests()
    {
        editor = new LineEditor(s => screen.Append(s));
        editor.Start("$ ");
        screen.Clear();
    }

    [Theory]
    [InlineData("abc", "abc", 3)]
    [InlineData("abc\u007f", "ab", 2)]
    [InlineData("abc\b\b", "a", 1)]
    [InlineData("abc\u001b[D\u001b[DX", "aXbc", 2)]
    [InlineData("abc\u001bOD\u001bODX", "aXbc", 2)]
    [InlineData("abc\u001b[D\u001b[C\u001b[CX", "abcX", 4)]
    [InlineData("abc\u001b[HX", "Xabc", 1)]
    [InlineData("abc\u001b[1~X\u001b[4~Y", "XabcY", 5)]
    [InlineData("abc\u0001X\u0005Y", "XabcY", 5)]
    [InlineData("abc\u001b[F", "abc", 3)]
    [InlineData("abc\u0001\u001b[3~", "bc", 0)]
    [InlineData("abc\u0001\u0004", "bc", 0)]
    [InlineData("hello world\u0017", "hello ", 6)]
    [InlineData("hello world\u001b[D\u001b[D\u0015", "ld", 0)]
    [InlineData("hello world\u0001\u001b[C\u000b", "h", 1)]
    [InlineData("안녕", "안녕", 2)]
    [InlineData("안녕\u007f하", "안하", 2)]
    [InlineData("😀x", "😀x", 2)]
    [InlineData("\u001b[200~a\tb\u001b[201~", "a b", 3)]
    public void Feed_Keys_EditTheLine(string keys, string line, int cursor)
    {
        foreach (var c in keys)
        {
            Assert.Equal(EditorActionKind.None, editor.Feed(c).Kind);
        }

        Assert.Equal(line, editor.Line);
        Assert.Equal(cursor, editor.Cursor);
    }

    [Fact]
    public void Feed_PlainTyping_EchoesOnly()
    {
        editor.Feed("ls");
        Assert.Equal("ls", screen.ToString());
    }

    [Fact]
    public void Feed_BackspaceAtEnd_ErasesWithBackspaceAndClear()
    {
        editor.Feed("ab\u007f");
        Assert.Equal("ab\b\u001b[K", screen.ToString());
    }

    [Fact]
    public void Feed_BackspaceAfterWideCharacter_MovesBackTwoColumns()
    {
        editor.Feed("한\u007f");
        Assert.Equal("한\b\b\u001b[K", screen.ToString());
    }

    [Fact]
    public void Feed_InsertInMiddle_RedrawsAndPlacesCursor()
    {
        editor.Feed("ac\u001b[Db");
        Assert.EndsWith("\r\u001b[J$ abc\b", screen.ToString());
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Feed_Enter_SubmitsTheLine(string enter)
    {
        editor.Feed("echo hi");
        var action = editor.Feed(enter);
        Assert.Equal(new EditorAction(EditorActionKind.Submit, "echo hi"), action);
        Assert.EndsWith("\r\n", screen.ToString());
        Assert.False(editor.Active);
    }

    [Fact]
    public void Feed_CrLf_SubmitsOnce()
    {
        editor.Feed("a\r");
        editor.Start("$ ");
        Assert.Equal(EditorActionKind.None, editor.Feed('\n').Kind);
        Assert.True(editor.Active);
    }

    [Fact]
    public void Feed_CtrlC_DiscardsTheLineAndPrintsCaret()
    {
        editor.Feed("abc\u001b[D");
        Assert.Equal(EditorActionKind.Interrupt, editor.Feed('\u0003').Kind);
        Assert.EndsWith("\r\u001b[5C^C\r\n", screen.ToString());
        Assert.False(editor.Active);
    }

    [Fact]
    public void Feed_CtrlDOnEmptyLine_IsEndOfFile()
    {
        Assert.Equal(EditorActionKind.EndOfFile, editor.Feed('\u0004').Kind);
    }

    [Fact]
    public void Feed_EscapeSplitAcrossChunks_IsOneKey()
    {
        editor.Feed("ab\u001b");
        editor.Feed("[");
        editor.Feed("DX");
        Assert.Equal("aXb", editor.Line);
    }

    [Fact]
    public void Feed_SurrogatePairSplitAcrossChunks_IsOneCharacter()
    {
        var emoji = "😀";
        editor.Feed(emoji[0]);
        editor.Feed(emoji[1]);
        Assert.Equal(emoji, editor.Line);
        Assert.Equal(1, editor.Cursor);
    }

    [Fact]
    public void Feed_UpDown_WalksHistoryAndKeepsTheDraft()
    {
        editor.History = ["first", "second"];
        editor.Start("$ ");
        editor.Feed("dra");
        editor.Feed("\u001b[A");
        Assert.Equal("second", editor.Line);
        editor.Feed("\u001b[A\u001b[A");
        Assert.Equal("first", editor.Line);
        editor.Feed("\u001b[B\u001b[B");
        Assert.Equal("dra", editor.Line);
    }

    [Fact]
    public void Feed_CtrlL_ClearsAndRedraws()
    {
        editor.Feed("ls\u000c");
        Assert.EndsWith("\u001b[H\u001b[2J\r\u001b[J$ ls", screen.ToString());
    }

    [Fact]
    public void Feed_TypingToTheRightMargin_MovesToTheNextRow()
    {
        editor.Resize(10);
        editor.Feed("12345678");
        Assert.Equal("12345678\r\n", screen.ToString());
        editor.Feed("\u0001");
        Assert.EndsWith("\u001b[1A\r\u001b[2C", screen.ToString());
    }

    [Fact]
    public void Feed_WideCharacterAtTheMargin_WrapsWhole()
    {
        editor.Resize(5);
        editor.Feed("ab가");
        Assert.Equal("ab가", screen.ToString());
        editor.Feed("\u0001");
        Assert.EndsWith("ab가\u001b[1A", screen.ToString());
    }

    [Fact]
    public void Feed_TabWithOneMatch_CompletesWithASpace()
    {
        editor.Completion = new FixedCompletion("hostname", "head");
        editor.Feed("hos\t");
        Assert.Equal("hostname ", editor.Line);
    }

    [Fact]
    public void Feed_TabWithSeveralMatches_CompletesThePrefixThenLists()
    {
        editor.Completion = new FixedCompletion("docker", "dockerd", "dig");
        editor.Feed("doc\t");
        Assert.Equal("docker", editor.Line);
        editor.Feed("\t");
        Assert.Contains("\r\ndocker   dockerd\r\n", screen.ToString());
        Assert.EndsWith("$ docker", screen.ToString());
    }

    private sealed class FixedCompletion(params string[] words) : ICompletionSource
    {
        public CompletionResult Complete(string line, int cursor)
        {
            var start = line.LastIndexOf(' ', Math.Max(0, cursor - 1)) + 1;
            return new CompletionResult(start, words.Where(w => w.StartsWith(line[start..cursor], StringComparison.Ordinal)).ToList());
        }
    }
}
