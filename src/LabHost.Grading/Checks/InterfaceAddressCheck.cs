using System.Net;

namespace LabHost.Grading.Checks;

/// <summary>The container's interface has an IPv4 address inside Cidr (on Network, when given).</summary>
public sealed record InterfaceAddressCheck(string Container, string Interface, IPNetwork Cidr) : Check
{
    public override string Kind => "interface-address";

    public string? Network { get; init; }
}
