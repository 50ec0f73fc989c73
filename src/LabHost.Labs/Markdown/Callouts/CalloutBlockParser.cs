using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Callouts;

/// <summary>
/// Runs before Markdig's quote parser: when a quote's first line is only <c>[!KIND]</c>, it lets
/// the quote parser open the quote, swaps in a <see cref="CalloutBlock"/>, and drops the marker
/// line. Continuation lines are the quote parser's own (inherited).
/// </summary>
public sealed partial class CalloutBlockParser : QuoteBlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var match = Marker().Match(processor.Line.ToString());
        if (!match.Success || !Enum.TryParse<CalloutKind>(match.Groups[1].Value, ignoreCase: true, out var kind))
        {
            return BlockState.None;
        }
        if (base.TryOpen(processor) == BlockState.None || processor.NewBlocks.Pop() is not QuoteBlock quote)
        {
            return BlockState.None;
        }
        processor.NewBlocks.Push(new CalloutBlock(this)
        {
            Kind = kind,
            QuoteChar = quote.QuoteChar,
            Column = quote.Column,
            Span = quote.Span,
        });
        return BlockState.ContinueDiscard;
    }

    [GeneratedRegex(@"^>[ \t]?\[!([A-Za-z]+)\][ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
