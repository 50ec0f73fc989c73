using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Folds;

/// <summary>A <c>:::hint</c> or <c>:::solution</c> block: markdown that stays folded until opened.</summary>
public sealed class FoldBlock(BlockParser parser) : ContainerBlock(parser)
{
    public FoldKind Kind { get; init; }

    public int FenceLength { get; init; }

    /// <summary>False when the document ended before the closing <c>:::</c>.</summary>
    public bool IsClosed { get; set; }
}
