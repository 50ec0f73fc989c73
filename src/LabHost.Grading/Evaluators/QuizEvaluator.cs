using LabHost.Grading.Checks;

namespace LabHost.Grading.Evaluators;

/// <summary>quiz: the learner chose the right answer.</summary>
public sealed class QuizEvaluator : CheckEvaluator<QuizCheck>
{
    protected override CheckResult Evaluate(QuizCheck check, GradingContext context)
    {
        if (!context.QuizAnswers.TryGetValue(check.Quiz, out var answer))
        {
            return Fail(check, new("먼저 퀴즈에 답하세요.", "Answer the quiz first."));
        }

        return string.Equals(answer, check.Answer, StringComparison.OrdinalIgnoreCase)
            ? Pass(check, new("정답입니다.", "That is right."))
            : Fail(check, new("정답이 아닙니다. 본문을 다시 읽고 골라 보세요.", "That is not the right answer; read the section again and choose another."));
    }
}
