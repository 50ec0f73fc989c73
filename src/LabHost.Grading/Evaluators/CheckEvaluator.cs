using LabHost.Grading.Checks;
using LabHost.Grading.Text;

namespace LabHost.Grading.Evaluators;

/// <summary>The typed base of an evaluator for checks of type <typeparamref name="T"/>.</summary>
public abstract class CheckEvaluator<T> : ICheckEvaluator
    where T : Check
{
    public Type CheckType => typeof(T);

    public CheckResult Evaluate(Check check, GradingContext context) => Evaluate((T)check, context);

    protected abstract CheckResult Evaluate(T check, GradingContext context);

    protected static CheckResult Pass(T check, Localized message) => new(check, true, message);

    protected static CheckResult Fail(T check, Localized message, Localized? hint = null) =>
        new(check, false, message) { Hint = hint };
}
