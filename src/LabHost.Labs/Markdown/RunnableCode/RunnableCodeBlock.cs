using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.RunnableCode;

/// <summary>A fenced code block whose info string is <c>bash run</c> or <c>sh run</c>: a command the learner can send to the terminal.</summary>
public sealed class RunnableCodeBlock(BlockParser parser) : FencedCodeBlock(parser)
{
    /// <summary>The command to type: lines continued with <c>\</c> joined into one, commands separated by newlines.</summary>
    public string Command => CommandText.Join(Lines.ToString());
}
