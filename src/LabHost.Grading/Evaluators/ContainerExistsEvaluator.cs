using LabHost.Grading.Checks;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading.Evaluators;

/// <summary>container-exists: the container is there (from the image; running, when asked).</summary>
public sealed class ContainerExistsEvaluator : CheckEvaluator<ContainerExistsCheck>
{
    protected override CheckResult Evaluate(ContainerExistsCheck check, GradingContext context)
    {
        if (context.Snapshot.Container(check.Name) is not { } container)
        {
            return Fail(check, Messages.NoContainer(check.Name), Messages.ContainerHint);
        }

        if (check.Image is { } image && !SameImage(image, container.Image))
        {
            return Fail(check, new(
                $"{check.Name} 컨테이너의 이미지가 {container.Image}입니다(이 단계에서 요구하는 이미지: {image}).",
                $"{check.Name} runs {container.Image}; the step asks for {image}."), Messages.ContainerHint);
        }

        var running = container.State == ContainerState.Running;
        if (check.Running is { } wanted && wanted != running)
        {
            return Fail(check, wanted
                ? Messages.NotRunning(check.Name, container.State.ToString().ToLowerInvariant())
                : new($"{check.Name} 컨테이너가 아직 실행 중입니다.", $"{check.Name} is still running."), Messages.ContainerHint);
        }

        return Pass(check, new($"{check.Name} 컨테이너가 있습니다.", $"{check.Name} is there."));
    }

    /// <summary>"alpine" and "alpine:latest" name the same image.</summary>
    private static bool SameImage(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string image) => image.Contains(':') ? image : image + ":latest";
}
