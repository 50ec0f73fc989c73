using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.RunnableCode;

/// <summary>
/// Markdig's fenced code parser, except that a fence whose info string is <c>bash</c> or
/// <c>sh</c> with the argument <c>run</c> makes a <see cref="RunnableCodeBlock"/>. The fence
/// line is read ahead when the block is created, since Markdig parses the info string after.
/// </summary>
public sealed class RunnableCodeBlockParser : FencedCodeBlockParser
{
    protected override FencedCodeBlock CreateFencedBlock(BlockProcessor processor)
    {
        var block = base.CreateFencedBlock(processor);
        if (!IsRunnable(processor.Line.ToString()))
        {
            return block;
        }
        return new RunnableCodeBlock(this) { IndentCount = block.IndentCount };
    }

    public static bool IsRunnable(string fenceLine)
    {
        var words = fenceLine.TrimStart('`', '~').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2
            && words[0] is "bash" or "sh"
            && words.Skip(1).Contains("run", StringComparer.Ordinal);
    }
}
