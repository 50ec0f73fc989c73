namespace LabHost.Network;

/// <summary>
/// The simulated kernel's links on the host and in every sandbox. Not safe for concurrent use.
/// </summary>
public sealed class Kernel
{
    public List<Link> Links { get; set; } = [];

    public int NextIndex { get; set; } = 1;

    public Link Add(string name, LinkType type, string? sandboxId = null)
    {
        var link = new Link { Index = NextIndex++, Name = name, Type = type, SandboxId = sandboxId };
        Links.Add(link);
        return link;
    }

    public Link? HostLink(string name) => Links.FirstOrDefault(l => l.SandboxId is null && l.Name == name);

    public Link? ByIndex(int index) => Links.FirstOrDefault(l => l.Index == index);

    public IEnumerable<Link> In(string? sandboxId) => Links.Where(l => l.SandboxId == sandboxId);

    public void Remove(Link link) => Links.Remove(link);

    public void RemoveSandbox(string sandboxId) => Links.RemoveAll(l => l.SandboxId == sandboxId);
}
