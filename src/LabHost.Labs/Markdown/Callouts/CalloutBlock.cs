using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Callouts;

/// <summary>A block quote whose first line is <c>[!NOTE]</c>, <c>[!TIP]</c>, … : a callout.</summary>
public sealed class CalloutBlock(BlockParser parser) : QuoteBlock(parser)
{
    public CalloutKind Kind { get; init; }
}
