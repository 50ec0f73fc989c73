using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Folds;

/// <summary>Opens a <see cref="FoldBlock"/> on <c>:::hint</c> or <c>:::solution</c> and closes it on <c>:::</c>.</summary>
public sealed class FoldBlockParser : BlockParser
{
    public FoldBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent
            || !ColonFence.TryOpen(processor.Line, out var length, out var name, out var rest)
            || rest.Length > 0)
        {
            return BlockState.None;
        }
        FoldKind? kind = name switch
        {
            "hint" => FoldKind.Hint,
            "solution" => FoldKind.Solution,
            _ => null,
        };
        if (kind is null)
        {
            return BlockState.None;
        }
        processor.NewBlocks.Push(new FoldBlock(this)
        {
            Kind = kind.Value,
            FenceLength = length,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var fold = (FoldBlock)block;
        if (!processor.IsCodeIndent && processor.CurrentChar == ':' && ColonFence.IsClose(processor.Line, fold.FenceLength))
        {
            fold.IsClosed = true;
            fold.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        return BlockState.Continue;
    }
}
