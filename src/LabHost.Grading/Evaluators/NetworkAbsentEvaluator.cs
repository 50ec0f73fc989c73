using LabHost.Grading.Checks;

namespace LabHost.Grading.Evaluators;

/// <summary>network-absent: no network has the name.</summary>
public sealed class NetworkAbsentEvaluator : CheckEvaluator<NetworkAbsentCheck>
{
    protected override CheckResult Evaluate(NetworkAbsentCheck check, GradingContext context) =>
        context.Snapshot.Network(check.Name) is null
            ? Pass(check, new($"{check.Name} 네트워크가 없습니다.", $"There is no network named {check.Name}."))
            : Fail(check, new(
                $"{check.Name} 네트워크가 아직 있습니다. 이 단계에서는 지워져 있어야 합니다.",
                $"{check.Name} still exists; the step asks for it to be removed."),
                new("`docker network rm 이름`으로 지웁니다. 연결된 컨테이너가 있으면 먼저 연결을 끊거나 컨테이너를 지우세요.",
                    "Remove it with `docker network rm NAME`; disconnect or remove its containers first."));
}
