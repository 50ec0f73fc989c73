using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.Quiz;

/// <summary>
/// Opens a <see cref="QuizBlock"/> on <c>:::quiz{#id}</c>, closes it on <c>:::</c>, and on close
/// takes the <c>[key]</c> off each choice item (before inlines are parsed, so the key never
/// becomes a link reference).
/// </summary>
public sealed partial class QuizBlockParser : BlockParser
{
    public QuizBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent
            || !ColonFence.TryOpen(processor.Line, out var length, out var name, out var rest)
            || name != "quiz")
        {
            return BlockState.None;
        }
        var id = AttributeId().Match(rest) is { Success: true } match ? match.Groups[1].Value : rest;
        processor.NewBlocks.Push(new QuizBlock(this)
        {
            Id = id,
            FenceLength = length,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var quiz = (QuizBlock)block;
        if (!processor.IsCodeIndent && processor.CurrentChar == ':' && ColonFence.IsClose(processor.Line, quiz.FenceLength))
        {
            quiz.IsClosed = true;
            quiz.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var quiz = (QuizBlock)block;
        foreach (var list in quiz.OfType<ListBlock>())
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                TakeChoice(quiz, item);
            }
        }
        return true;
    }

    private static void TakeChoice(QuizBlock quiz, ListItemBlock item)
    {
        if (item.Count > 0 && item[0] is ParagraphBlock { Lines.Count: > 0 } paragraph)
        {
            var lines = paragraph.Lines.Lines;
            var match = ChoiceKey().Match(lines[0].Slice.ToString());
            if (match.Success && QuizIds.IsValidKey(match.Groups[1].Value))
            {
                lines[0].Slice.Start += match.Length;
                quiz.Choices.Add(new QuizChoice(match.Groups[1].Value, item));
                return;
            }
        }
        quiz.NotChoices.Add(item);
    }

    [GeneratedRegex(@"^\{\s*#([^}]*)\}$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeId();

    [GeneratedRegex(@"^\[([^\]\s]{1,32})\][ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex ChoiceKey();
}
