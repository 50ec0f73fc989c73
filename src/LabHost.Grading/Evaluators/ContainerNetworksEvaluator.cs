using LabHost.Grading.Checks;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading.Evaluators;

/// <summary>container-networks: the running container has an interface on each listed network.</summary>
public sealed class ContainerNetworksEvaluator : CheckEvaluator<ContainerNetworksCheck>
{
    private static readonly Text.Localized Hint = new(
        "`docker inspect 이름 --format '{{json .NetworkSettings.Networks}}'`로 컨테이너가 연결된 네트워크를 볼 수 있습니다. 연결은 `docker network connect 네트워크 컨테이너`로 합니다.",
        "`docker inspect NAME --format '{{json .NetworkSettings.Networks}}'` shows a container's networks; connect one with `docker network connect NETWORK CONTAINER`.");

    protected override CheckResult Evaluate(ContainerNetworksCheck check, GradingContext context)
    {
        if (context.Snapshot.Container(check.Container) is not { } container)
        {
            return Fail(check, Messages.NoContainer(check.Container), Messages.ContainerHint);
        }

        if (container.State != ContainerState.Running)
        {
            return Fail(check, Messages.NotRunning(check.Container, container.State.ToString().ToLowerInvariant()), Messages.ContainerHint);
        }

        var attached = container.Interfaces.Select(i => i.NetworkName).Distinct().ToList();
        var shown = attached.Count == 0 ? "-" : string.Join(", ", attached);
        var missing = check.Networks.Where(n => !attached.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            return Fail(check, new(
                $"{check.Container} 컨테이너가 {string.Join(", ", missing)} 네트워크에 연결되어 있지 않습니다(연결된 네트워크: {shown}).",
                $"{check.Container} is not connected to {string.Join(", ", missing)} (it is on: {shown})."), Hint);
        }

        var extra = attached.Where(n => !check.Networks.Contains(n)).ToList();
        if (check.Exactly && extra.Count > 0)
        {
            return Fail(check, new(
                $"{check.Container} 컨테이너가 {string.Join(", ", extra)} 네트워크에도 연결되어 있습니다. 이 단계에서는 {string.Join(", ", check.Networks)}에만 연결되어야 합니다.",
                $"{check.Container} is also on {string.Join(", ", extra)}; the step asks for {string.Join(", ", check.Networks)} only."), Hint);
        }

        return Pass(check, new(
            $"{check.Container} 컨테이너가 {string.Join(", ", check.Networks)} 네트워크에 연결되어 있습니다.",
            $"{check.Container} is connected to {string.Join(", ", check.Networks)}."));
    }
}
