using System.Text;
using LabHost.Workspaces.Simulated.Machines;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

public sealed partial class IpApplet
{
    private static readonly string[] AddressCommands = ["add", "change", "chg", "replace", "delete", "list", "flush", "show", "lst"];

    private const string Lifetimes = "       valid_lft forever preferred_lft forever";

    private int Address(ProcessContext context, IpOptions options, List<string> args)
    {
        var command = args.Count == 0 ? "show" : Subcommand(AddressCommands, args[0]);
        if (command is null)
        {
            return BadArgument(context, args[0], "address");
        }

        if (command is not ("show" or "list" or "lst"))
        {
            return NotPermitted(context);
        }

        var links = context.Machine.Network.Links;
        if (!TrySelect(context, links, args.Skip(1).ToList(), out var selected, out var status, notFoundStatus: 1))
        {
            return status;
        }

        var text = new IpLinkText(dialect, build, links);
        var output = new StringBuilder();
        foreach (var link in selected)
        {
            var addresses = link.Addresses.Where(a => options.Family switch
            {
                IpFamily.Inet => a.IsV4(),
                IpFamily.Inet6 => !a.IsV4(),
                IpFamily.Link => false,
                _ => true,
            }).ToList();
            if (options.Brief)
            {
                output.Append($"{IpText.DisplayName(link, links),-16} {link.EffectiveOperState,-14} ")
                    .Append(string.Concat(addresses.Select(a => $"{a.Address}/{a.PrefixLength} "))).Append('\n');
                continue;
            }

            if (options.Family is IpFamily.Inet or IpFamily.Inet6 && addresses.Count == 0)
            {
                continue;
            }

            if (options.OneLine && options.Family != IpFamily.Link)
            {
                foreach (var address in addresses)
                {
                    output.Append($"{link.Index}: {link.Name}    {AddressLine(link, address).TrimStart()}\\{Lifetimes}\n");
                }

                continue;
            }

            var lines = new List<string> { text.Header(link, options.Family, forLinkCommand: false) };
            if (options.Family is IpFamily.Any or IpFamily.Link)
            {
                lines.Add(text.LinkLine(link));
            }

            foreach (var address in addresses)
            {
                lines.Add(AddressLine(link, address));
                lines.Add(Lifetimes);
            }

            output.Append(string.Join(options.OneLine ? "\\" : "\n", lines)).Append('\n');
        }

        context.Stdout.Write(output.ToString());
        return 0;
    }

    private static string AddressLine(LinkInfo link, AddressInfo address)
    {
        if (!address.IsV4())
        {
            return $"    inet6 {address.Address}/{address.PrefixLength} scope {address.Scope} ";
        }

        var broadcast = address.Broadcast is { } brd ? $"brd {brd} " : "";
        return $"    inet {address.Address}/{address.PrefixLength} {broadcast}scope {address.Scope} {link.Name}";
    }

    /// <summary>Reads "[dev] NAME", "up" and ignored filters; fails on an unknown device.</summary>
    private bool TrySelect(ProcessContext context, IReadOnlyList<LinkInfo> links, List<string> args,
        out IReadOnlyList<LinkInfo> selected, out int status, int notFoundStatus)
    {
        string? name = null;
        var upOnly = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "up":
                    upOnly = true;
                    break;
                case "to" or "scope" or "label" or "dev":
                    if (i + 1 < args.Count)
                    {
                        name = args[i] == "dev" ? args[i + 1] : name;
                        i++;
                    }

                    break;
                default:
                    name = args[i];
                    break;
            }
        }

        selected = links;
        status = 0;
        if (name is not null)
        {
            if (IpText.Find(links, name) is not { } link)
            {
                status = NoDevice(context, name, notFoundStatus);
                return false;
            }

            selected = [link];
        }

        selected = upOnly ? selected.Where(l => l.Up).ToList() : selected;
        return true;
    }
}
