using LabHost.Grading.Checks;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading.Evaluators;

/// <summary>interface-count: the running container has exactly Count interfaces besides lo.</summary>
public sealed class InterfaceCountEvaluator : CheckEvaluator<InterfaceCountCheck>
{
    protected override CheckResult Evaluate(InterfaceCountCheck check, GradingContext context)
    {
        if (context.Snapshot.Container(check.Container) is not { } container)
        {
            return Fail(check, Messages.NoContainer(check.Container), Messages.ContainerHint);
        }

        var count = container.State == ContainerState.Running ? container.Interfaces.Length : 0;
        var names = count == 0 ? "-" : string.Join(", ", container.Interfaces.Select(i => i.Name));
        return count == check.Count
            ? Pass(check, new($"{check.Container} 컨테이너의 인터페이스는 lo 말고 {count}개입니다({names}).", $"{check.Container} has {count} interfaces besides lo ({names})."))
            : Fail(check, new(
                $"{check.Container} 컨테이너의 인터페이스는 lo 말고 {count}개입니다({names}). 이 단계에서는 {check.Count}개여야 합니다.",
                $"{check.Container} has {count} interfaces besides lo ({names}); the step asks for {check.Count}."),
                new("컨테이너를 네트워크에 더 연결하려면 `docker network connect`를, 끊으려면 `docker network disconnect`를 씁니다.",
                    "`docker network connect` adds an interface to a container; `docker network disconnect` removes one."));
    }
}
