using LabHost.Grading.Checks;

namespace LabHost.Grading.Evaluators;

/// <summary>Evaluates one kind of check against a snapshot. Implementations are stateless.</summary>
public interface ICheckEvaluator
{
    Type CheckType { get; }

    CheckResult Evaluate(Check check, GradingContext context);
}
