using LabHost.Labs.Loading;
using LabHost.Labs.Markdown;
using LabHost.Labs.Model;

namespace LabHost.Labs.Lint;

/// <summary>Compares each language's markdown with lab.yaml and with the other language.</summary>
internal sealed class LanguageComparison(LabDefinition lab, IReadOnlyDictionary<LabLanguage, LabDocument> documents, List<LabDiagnostic> diagnostics)
{
    public void Run()
    {
        foreach (var (language, document) in documents)
        {
            CheckSteps(language, document);
            CheckQuizzes(language, document);
        }
        if (documents.TryGetValue(LabLanguage.Ko, out var ko) && documents.TryGetValue(LabLanguage.En, out var en))
        {
            CheckOrder(ko, en);
            CheckHintCounts(ko, en);
        }
    }

    private void CheckSteps(LabLanguage language, LabDocument document)
    {
        var stepIds = lab.Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var sectionIds = document.Steps.Select(s => s.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var step in lab.Steps.Where(s => !sectionIds.Contains(s.Id)))
        {
            Error(LabLoader.FileName, step.Line, DiagnosticCodes.StepSectionMissing,
                $"step '{step.Id}' has no section in {language.FileName()}: add '## Title {{#{step.Id}}}'");
        }
        foreach (var section in document.Steps.Where(s => !stepIds.Contains(s.Id!)))
        {
            Error(language.FileName(), section.Line, DiagnosticCodes.UnknownStepSection,
                $"the section id '{section.Id}' names no step in lab.yaml");
        }
    }

    private void CheckOrder(LabDocument ko, LabDocument en)
    {
        var stepIds = lab.Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var koOrder = ko.Steps.Select(s => s.Id!).Where(stepIds.Contains).ToList();
        var enOrder = en.Steps.Select(s => s.Id!).Where(stepIds.Contains).ToList();
        var common = koOrder.Intersect(enOrder).ToHashSet();
        var koCommon = koOrder.Where(common.Contains).ToList();
        var enCommon = enOrder.Where(common.Contains).ToList();
        var index = koCommon.Zip(enCommon).Select((pair, i) => (pair, i)).FirstOrDefault(p => p.pair.First != p.pair.Second);
        if (index.pair.First is not null)
        {
            var section = en.Steps.First(s => s.Id == index.pair.Second);
            Error(LabLanguage.En.FileName(), section.Line, DiagnosticCodes.StepOrderDiffers,
                $"steps are in a different order than in ko.md: step {index.i + 1} is '{index.pair.Second}' here and '{index.pair.First}' there");
        }
    }

    private void CheckHintCounts(LabDocument ko, LabDocument en)
    {
        foreach (var koStep in ko.Steps)
        {
            var enStep = en.Steps.FirstOrDefault(s => s.Id == koStep.Id);
            if (enStep is not null && enStep.HintCount != koStep.HintCount)
            {
                Error(LabLanguage.En.FileName(), enStep.Line, DiagnosticCodes.HintCountDiffers,
                    $"step '{koStep.Id}' has {enStep.HintCount} hint(s) here and {koStep.HintCount} in ko.md");
            }
        }
    }

    private void CheckQuizzes(LabLanguage language, LabDocument document)
    {
        var quizChecks = lab.Steps.SelectMany(s => s.Checks).Where(c => c.Kind == "quiz").ToList();
        foreach (var check in quizChecks)
        {
            var id = check["quiz"]?.ToString();
            if (id is null)
            {
                continue;
            }
            var quiz = document.Quizzes.FirstOrDefault(q => q.Id == id);
            if (quiz is null)
            {
                Error(LabLoader.FileName, check.Line, DiagnosticCodes.QuizMissing, $"quiz '{id}' is not in {language.FileName()}");
            }
            else if (check["answer"]?.ToString() is { } answer && !quiz.ChoiceKeys.Contains(answer))
            {
                Error(LabLoader.FileName, check.Line, DiagnosticCodes.QuizAnswerNotAChoice,
                    $"the answer '{answer}' is not a choice of quiz '{id}' in {language.FileName()} (choices: {string.Join(", ", quiz.ChoiceKeys)})");
            }
        }
        var checkedIds = quizChecks.Select(c => c["quiz"]?.ToString()).ToHashSet();
        foreach (var quiz in document.Quizzes.Where(q => !checkedIds.Contains(q.Id)))
        {
            Error(language.FileName(), quiz.Line, DiagnosticCodes.QuizUnchecked, $"quiz '{quiz.Id}' is answered by no 'quiz' check in lab.yaml");
        }
    }

    private void Error(string file, int line, string code, string message) =>
        diagnostics.Add(new(DiagnosticSeverity.Error, file, line, 1, code, message));
}
