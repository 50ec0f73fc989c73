using LabHost.Workspaces.Snapshots;

namespace LabHost.Web.Topology;

/// <summary>
/// Lays out a workspace snapshot as a picture: containers in a row at the top, networks as bars
/// below, one vertical link per interface. Pure and deterministic (same snapshot, same picture),
/// so tests check coordinates and labels without a browser.
/// </summary>
public sealed record TopologyLayout(
    double Width,
    double Height,
    IReadOnlyList<TopologyNetwork> Networks,
    IReadOnlyList<TopologyContainer> Containers,
    IReadOnlyList<TopologyLink> Links)
{
    public const double Margin = 16;
    public const double ContainerHeight = 56;
    public const double InterfaceSpacing = 130;
    public const double MinContainerWidth = 150;
    public const double ContainerGap = 24;
    public const double NetworkHeight = 34;
    public const double NetworkGap = 26;
    public const double LinkLength = 70;
    public const double MinWidth = 520;

    public static TopologyLayout From(WorkspaceSnapshot snapshot)
    {
        var used = snapshot.Containers.SelectMany(c => c.Interfaces).Select(i => i.NetworkName).ToHashSet(StringComparer.Ordinal);
        var networks = snapshot.Networks
            .Where(n => !n.IsPredefined || n.Name == "bridge" || used.Contains(n.Name))
            .OrderBy(n => n.Name == "bridge" ? 0 : n.IsPredefined ? 1 : 2)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();

        var containers = new List<TopologyContainer>();
        var x = Margin;
        foreach (var container in snapshot.Containers.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var width = Math.Max(MinContainerWidth, container.Interfaces.Length * InterfaceSpacing);
            containers.Add(new TopologyContainer(container.Name, container.Image, container.State == ContainerState.Running, x, Margin, width, ContainerHeight));
            x += width + ContainerGap;
        }

        var totalWidth = Math.Max(MinWidth, x - ContainerGap + Margin);
        var firstNetworkY = Margin + ContainerHeight + LinkLength;
        var bars = networks.Select((n, index) => new TopologyNetwork(
            n.Name,
            n.Driver,
            n.Ipam.FirstOrDefault()?.Subnet.ToString(),
            Device(n),
            Margin,
            firstNetworkY + (index * (NetworkHeight + NetworkGap)),
            totalWidth - (2 * Margin),
            NetworkHeight)).ToList();

        var links = new List<TopologyLink>();
        foreach (var box in containers)
        {
            var container = snapshot.Container(box.Name)!;
            for (var i = 0; i < container.Interfaces.Length; i++)
            {
                var face = container.Interfaces[i];
                var bar = bars.FirstOrDefault(b => b.Name == face.NetworkName);
                if (bar is null)
                {
                    continue;
                }
                var linkX = box.X + (box.Width / (container.Interfaces.Length * 2.0) * ((2 * i) + 1));
                var address = face.IPv4 is null ? null : $"{face.IPv4}/{face.PrefixLength}";
                links.Add(new TopologyLink(box.Name, face.Name, address, bar.Name, LinkKind(bar.Driver), linkX, box.Y + box.Height, bar.Y));
            }
        }

        var height = bars.Count == 0 ? firstNetworkY : bars[^1].Y + NetworkHeight + Margin;
        return new TopologyLayout(totalWidth, height, bars, containers, links);
    }

    /// <summary>One line per container interface, for screen readers and the picture's description.</summary>
    public string Describe() => string.Join("; ", Links.Select(l => $"{l.Container} {l.Interface} {l.Address ?? "-"} → {l.Network} ({l.Kind})"));

    /// <summary>The host-side device: docker0 for the default bridge, br- and 12 hex digits for user bridges (as Docker names them).</summary>
    private static string? Device(NetworkSnapshot network)
    {
        if (network.Options.TryGetValue("com.docker.network.bridge.name", out var name))
        {
            return name;
        }
        return network.Driver switch
        {
            "bridge" when network.Name == "bridge" => "docker0",
            "bridge" => "br-" + network.Id[..Math.Min(12, network.Id.Length)],
            "macvlan" or "ipvlan" when network.Options.TryGetValue("parent", out var parent) => parent,
            _ => null,
        };
    }

    private static string LinkKind(string driver) => driver switch
    {
        "bridge" => "veth",
        "overlay" => "veth+vxlan",
        _ => driver,
    };
}
