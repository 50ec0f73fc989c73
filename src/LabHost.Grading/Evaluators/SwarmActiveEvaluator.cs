using LabHost.Grading.Checks;

namespace LabHost.Grading.Evaluators;

/// <summary>swarm-active: the engine is (or is not) a swarm manager.</summary>
public sealed class SwarmActiveEvaluator : CheckEvaluator<SwarmActiveCheck>
{
    protected override CheckResult Evaluate(SwarmActiveCheck check, GradingContext context)
    {
        if (context.Snapshot.SwarmActive == check.Active)
        {
            return Pass(check, check.Active
                ? new("스웜 모드가 켜져 있습니다.", "Swarm mode is on.")
                : new("스웜 모드가 꺼져 있습니다.", "Swarm mode is off."));
        }

        return check.Active
            ? Fail(check, new("아직 스웜 모드가 아닙니다. `docker swarm init`으로 켤 수 있습니다.", "Swarm mode is not on yet; `docker swarm init` turns it on."))
            : Fail(check, new("스웜 모드가 아직 켜져 있습니다. `docker swarm leave --force`로 끌 수 있습니다.", "Swarm mode is still on; `docker swarm leave --force` turns it off."));
    }
}
