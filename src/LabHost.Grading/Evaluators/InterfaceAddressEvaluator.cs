using LabHost.Grading.Checks;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading.Evaluators;

/// <summary>interface-address: the interface exists and its IPv4 address lies inside the CIDR.</summary>
public sealed class InterfaceAddressEvaluator : CheckEvaluator<InterfaceAddressCheck>
{
    private static readonly Text.Localized Hint = new(
        "컨테이너 안에서 `ip -f inet -4 -o addr`를 실행하면 인터페이스별 IPv4 주소를 볼 수 있습니다.",
        "Inside the container, `ip -f inet -4 -o addr` lists each interface's IPv4 address.");

    protected override CheckResult Evaluate(InterfaceAddressCheck check, GradingContext context)
    {
        if (context.Snapshot.Container(check.Container) is not { } container)
        {
            return Fail(check, Messages.NoContainer(check.Container), Messages.ContainerHint);
        }

        if (container.State != ContainerState.Running)
        {
            return Fail(check, Messages.NotRunning(check.Container, container.State.ToString().ToLowerInvariant()), Messages.ContainerHint);
        }

        if (container.Interface(check.Interface) is not { } nic)
        {
            var names = container.Interfaces.Count() == 0 ? "lo" : "lo, " + string.Join(", ", container.Interfaces.Select(i => i.Name));
            return Fail(check, new(
                $"{check.Container} 컨테이너에 {check.Interface} 인터페이스가 없습니다(현재 인터페이스: {names}).",
                $"{check.Container} has no {check.Interface} (its interfaces: {names})."), Hint);
        }

        if (check.Network is { } network && nic.NetworkName != network)
        {
            return Fail(check, new(
                $"{check.Container}의 {check.Interface}는 {nic.NetworkName} 네트워크에 연결되어 있습니다(이 단계에서 요구하는 네트워크: {network}).",
                $"{check.Interface} of {check.Container} is on {nic.NetworkName}; the step asks for {network}."), Hint);
        }

        var address = nic.IPv4 is null ? null : $"{nic.IPv4}/{nic.PrefixLength}";
        if (nic.IPv4 is null || !check.Cidr.Contains(nic.IPv4))
        {
            return Fail(check, new(
                $"{check.Container}의 {check.Interface} 주소가 {address ?? "없음"}입니다. 이 단계에서는 {check.Cidr} 범위 안의 주소여야 합니다.",
                $"{check.Interface} of {check.Container} has {address ?? "no IPv4 address"}, outside {check.Cidr} that the step asks for."), Hint);
        }

        return Pass(check, new(
            $"{check.Container}의 {check.Interface} 주소 {address}는 {check.Cidr} 범위 안에 있습니다.",
            $"{check.Interface} of {check.Container} has {address}, inside {check.Cidr}."));
    }
}
