using LabHost.Grading.Text;

namespace LabHost.Grading.Evaluators;

/// <summary>Messages more than one evaluator says.</summary>
internal static class Messages
{
    public static Localized NoNetwork(string name) =>
        new($"아직 {name} 네트워크가 없습니다.", $"There is no network named {name} yet.");

    public static Localized NoContainer(string name) =>
        new($"아직 {name} 컨테이너가 없습니다.", $"There is no container named {name} yet.");

    public static Localized NotRunning(string name, string state) =>
        new($"{name} 컨테이너가 실행 중이 아닙니다(상태: {state}).", $"{name} is not running (it is {state}).");

    public static readonly Localized ContainerHint = new(
        "`docker ps -a`로 컨테이너와 그 상태를 볼 수 있습니다. 멈춘 컨테이너는 `docker start 이름`으로 다시 시작합니다.",
        "`docker ps -a` lists containers and their state. Start a stopped one again with `docker start NAME`.");
}
