using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// `ip` reading the machine's network view: address, link, route (show/get), rule, neigh.
/// Changes (add, del, set, flush) fail the way they do in a container without NET_ADMIN.
/// Stateless; safe for concurrent runs.
/// </summary>
public sealed partial class IpApplet(IpDialect dialect, BusyboxBuild build) : IProgram
{
    private static readonly string[] Objects = ["address", "route", "link", "tunnel", "neigh", "rule"];

    public IpApplet()
        : this(IpDialect.Busybox, BusyboxBuild.Default)
    {
    }

    public Task<int> RunAsync(ProcessContext context)
    {
        var args = context.Args.Skip(1).ToList();
        if (dialect == IpDialect.Busybox && args.FirstOrDefault() == "--help")
        {
            BusyboxUsage.Write(context.Stdout, build, "ip");
            return Task.FromResult(0);
        }

        var family = IpFamily.Any;
        bool oneLine = false, brief = false;
        while (args.Count > 0 && args[0].Length > 1 && args[0][0] == '-')
        {
            var option = args[0].TrimStart('-');
            args.RemoveAt(0);
            if (option is "4" or "6" or "0")
            {
                family = option == "4" ? IpFamily.Inet : option == "6" ? IpFamily.Inet6 : IpFamily.Link;
            }
            else if (option.Length > 0 && "family".StartsWith(option, StringComparison.Ordinal))
            {
                if (args.Count == 0)
                {
                    return Task.FromResult(Usage(context));
                }

                var value = args[0];
                args.RemoveAt(0);
                family = value switch
                {
                    "inet" => IpFamily.Inet,
                    "inet6" => IpFamily.Inet6,
                    "link" => IpFamily.Link,
                    _ => (IpFamily)(-1),
                };
                if ((int)family < 0)
                {
                    return Task.FromResult(Fail(context, dialect == IpDialect.Busybox
                        ? $"ip: invalid argument '{value}' to 'family'"
                        : $"Error: argument \"{value}\" is wrong: invalid address family", 1, 255));
                }
            }
            else if (option.Length > 0 && "oneline".StartsWith(option, StringComparison.Ordinal))
            {
                oneLine = true;
            }
            else if (dialect == IpDialect.Iproute2 && option.Length > 0 && "brief".StartsWith(option, StringComparison.Ordinal))
            {
                brief = true;
            }
            else
            {
                return Task.FromResult(dialect == IpDialect.Busybox
                    ? Usage(context)
                    : Fail(context, $"Option \"-{option}\" is unknown, try \"ip -help\".", 255, 255));
            }
        }

        var options = new IpOptions(family, oneLine, brief);
        var objectName = args.Count == 0 ? null : Objects.FirstOrDefault(o => o.StartsWith(args[0], StringComparison.Ordinal));
        if (objectName is null || args[0].Length == 0)
        {
            return Task.FromResult(args.Count == 0 || dialect == IpDialect.Busybox
                ? Usage(context)
                : Fail(context, $"Object \"{args[0]}\" is unknown, try \"ip help\".", 255, 255));
        }

        var rest = args.Skip(1).ToList();
        var status = objectName switch
        {
            "address" => Address(context, options, rest),
            "link" => Link(context, options, rest),
            "route" => Route(context, options, rest),
            "rule" => Rule(context),
            _ => 0,
        };
        return Task.FromResult(status);
    }

    private int Usage(ProcessContext context) =>
        dialect == IpDialect.Busybox
            ? BusyboxUsage.Write(context.Stderr, build, "ip")
            : Fail(context, "Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }", 255, 255);

    private int Fail(ProcessContext context, string message, int busyboxStatus, int iproute2Status)
    {
        context.Stderr.Write(message + "\n");
        return dialect == IpDialect.Busybox ? busyboxStatus : iproute2Status;
    }

    /// <summary>Changing the stack needs NET_ADMIN, which containers do not have by default.</summary>
    private int NotPermitted(ProcessContext context) =>
        Fail(context, dialect == IpDialect.Busybox ? "ip: RTNETLINK answers: Operation not permitted" : "RTNETLINK answers: Operation not permitted", 2, 2);

    private int NoDevice(ProcessContext context, string name, int busyboxStatus) =>
        Fail(context, dialect == IpDialect.Busybox ? $"ip: can't find device '{name}'" : $"Device \"{name}\" does not exist.", busyboxStatus, 1);

    private int BadArgument(ProcessContext context, string arg, string objectName) =>
        Fail(context, dialect == IpDialect.Busybox
            ? $"ip: invalid argument '{arg}' to 'ip'"
            : $"Command \"{arg}\" is unknown, try \"ip {objectName} help\".", 1, 255);

    private static string? Subcommand(IReadOnlyList<string> keywords, string arg) =>
        arg.Length == 0 ? null : keywords.FirstOrDefault(k => k.StartsWith(arg, StringComparison.Ordinal));

    private int Rule(ProcessContext context)
    {
        context.Stdout.Write(dialect == IpDialect.Busybox
            ? "0:\tfrom all lookup local \n32766:\tfrom all lookup main \n32767:\tfrom all lookup default \n"
            : "0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n");
        return 0;
    }
}
