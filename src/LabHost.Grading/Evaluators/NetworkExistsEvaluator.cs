using System.Net;
using LabHost.Grading.Checks;
using LabHost.Grading.Text;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading.Evaluators;

/// <summary>network-exists: the network is there, and each property asked for has the asked value.</summary>
public sealed class NetworkExistsEvaluator : CheckEvaluator<NetworkExistsCheck>
{
    private static readonly Localized Hint = new(
        "`docker network inspect 이름`으로 네트워크의 설정을 확인할 수 있습니다. 설정을 바꾸려면 네트워크를 지우고(`docker network rm`) 다시 만드세요.",
        "`docker network inspect NAME` shows a network's settings. To change them, remove the network (`docker network rm`) and create it again.");

    protected override CheckResult Evaluate(NetworkExistsCheck check, GradingContext context)
    {
        if (context.Snapshot.Network(check.Name) is not { } network)
        {
            return Fail(check, Messages.NoNetwork(check.Name), Hint);
        }

        var mismatches = Mismatches(check, network).ToList();
        if (mismatches.Count == 0)
        {
            return Pass(check, new(
                $"{check.Name} 네트워크가 이 단계에서 요구하는 설정으로 만들어져 있습니다.",
                $"{check.Name} exists with the settings this step asks for."));
        }

        var details = Localized.Join(mismatches.Select(m => new Localized(
            $"{m.Ko} 값이 {m.Found ?? "없음"}입니다(이 단계에서 요구하는 값: {m.Expected}).",
            $"its {m.En} is {m.Found ?? "none"}; the step asks for {m.Expected}")));
        return Fail(check, new($"{check.Name} 네트워크는 있지만 {details.Ko}", $"{check.Name} exists, but {details.En}"), Hint);
    }

    private static IEnumerable<Mismatch> Mismatches(NetworkExistsCheck check, NetworkSnapshot n)
    {
        if (check.Driver is { } driver && driver != n.Driver)
        {
            yield return new("드라이버", "driver", n.Driver, driver);
        }

        if (check.Scope is { } scope && scope != n.Scope)
        {
            yield return new("스코프", "scope", n.Scope, scope);
        }

        if (check.Subnet is { } subnet && !n.Ipam.Any(p => p.Subnet.Equals(subnet)))
        {
            yield return new("서브넷", "subnet", Join(n.Ipam.Select(p => p.Subnet.ToString())), subnet.ToString());
        }

        if (check.IpRange is { } range && !n.Ipam.Any(p => p.IpRange is { } r && r.Equals(range)))
        {
            yield return new("IP 범위(ip-range)", "ip-range", Join(n.Ipam.Select(p => p.IpRange?.ToString())), range.ToString());
        }

        if (check.Gateway is { } gateway && !n.Ipam.Any(p => gateway.Equals(p.Gateway)))
        {
            yield return new("게이트웨이", "gateway", Join(n.Ipam.Select(p => p.Gateway?.ToString())), gateway.ToString());
        }

        foreach (var (key, value) in check.Labels.Where(l => n.Labels.GetValueOrDefault(l.Key) != l.Value))
        {
            yield return new($"라벨 {key}", $"label {key}", n.Labels.GetValueOrDefault(key), value);
        }

        foreach (var (key, value) in check.Options.Where(o => n.Options.GetValueOrDefault(o.Key) != o.Value))
        {
            yield return new($"옵션 {key}", $"option {key}", n.Options.GetValueOrDefault(key), value);
        }

        if (check.Attachable is { } attachable && attachable != n.Attachable)
        {
            yield return new("attachable", "attachable", Bool(n.Attachable), Bool(attachable));
        }

        if (check.Internal is { } @internal && @internal != n.Internal)
        {
            yield return new("internal", "internal", Bool(n.Internal), Bool(@internal));
        }
    }

    private static string? Join(IEnumerable<string?> values)
    {
        var present = values.OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join(", ", present);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private sealed record Mismatch(string Ko, string En, string? Found, string Expected);
}
