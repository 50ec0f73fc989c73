using LabHost.Grading.Checks;
using LabHost.Grading.Evaluators;

namespace LabHost.Grading;

/// <summary>
/// Evaluates checks against one snapshot, with one evaluator per check kind registered in an
/// explicit table. Stateless and safe for concurrent use.
/// </summary>
public static class Grader
{
    private static readonly Dictionary<Type, ICheckEvaluator> Evaluators = new ICheckEvaluator[]
    {
        new NetworkExistsEvaluator(),
        new NetworkAbsentEvaluator(),
        new ContainerExistsEvaluator(),
        new ContainerNetworksEvaluator(),
        new InterfaceAddressEvaluator(),
        new InterfaceCountEvaluator(),
        new CommandRunEvaluator(),
        new QuizEvaluator(),
        new SwarmActiveEvaluator(),
    }.ToDictionary(e => e.CheckType);

    public static CheckResult Evaluate(Check check, GradingContext context) =>
        Evaluators.TryGetValue(check.GetType(), out var evaluator)
            ? evaluator.Evaluate(check, context)
            : throw new InvalidOperationException($"no evaluator for {check.Kind}");

    public static IReadOnlyList<CheckResult> Evaluate(IEnumerable<Check> checks, GradingContext context) =>
        checks.Select(c => Evaluate(c, context)).ToList();
}
