using System.Text;
using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

public sealed partial class IpApplet
{
    private static readonly string[] LinkCommands = ["add", "delete", "set", "show", "lst", "list", "change"];

    private int Link(ProcessContext context, IpOptions options, List<string> args)
    {
        var command = args.Count == 0 ? "show" : Subcommand(LinkCommands, args[0]);
        if (command is null)
        {
            return BadArgument(context, args[0], "link");
        }

        if (command is not ("show" or "list" or "lst"))
        {
            return NotPermitted(context);
        }

        var links = context.Machine.Network.Links;

        // Real busybox exits 2 for an unknown link (1 for an unknown address device).
        if (!TrySelect(context, links, args.Skip(1).ToList(), out var selected, out var status, notFoundStatus: 2))
        {
            return status;
        }

        var text = new IpLinkText(dialect, build, links);
        var output = new StringBuilder();
        foreach (var link in selected)
        {
            output.Append(text.Header(link, IpFamily.Any, forLinkCommand: true))
                .Append(options.OneLine ? '\\' : '\n')
                .Append(text.LinkLine(link)).Append('\n');
        }

        context.Stdout.Write(output.ToString());
        return 0;
    }
}
