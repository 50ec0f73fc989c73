using LabHost.Workspaces.Simulated.Processes;

namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>busybox hostname: prints the name (-s short, -d domain, -f full, -i its addresses).</summary>
public sealed class HostnameApplet(BusyboxBuild build) : IProgram
{
    public HostnameApplet()
        : this(BusyboxBuild.Default)
    {
    }

    public Task<int> RunAsync(ProcessContext context)
    {
        if (context.Args.Skip(1).FirstOrDefault() == "--help")
        {
            BusyboxUsage.Write(context.Stdout, build, "hostname");
            return Task.FromResult(0);
        }

        var line = CommandLine.Parse(context.Args, "sidfF:", build.PermutesArguments);
        if (line.Error is { } error)
        {
            context.Stderr.Write($"hostname: {error}\n");
            return Task.FromResult(BusyboxUsage.Write(context.Stderr, build, "hostname"));
        }

        if (line.Operands.Count > 0 || line.Has('F'))
        {
            context.Stderr.Write("hostname: sethostname: Operation not permitted\n");
            return Task.FromResult(1);
        }

        var name = context.Machine.Hostname;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (line.Has('i'))
        {
            if (HostsFile.Resolve(context, name) is not { } address)
            {
                context.Stderr.Write($"hostname: {name}: Unknown host\n");
                return Task.FromResult(1);
            }

            context.Stdout.Write(address + "\n");
        }
        else if (line.Has('d'))
        {
            context.Stdout.Write((dot < 0 ? "" : name[(dot + 1)..]) + "\n");
        }
        else if (line.Has('s'))
        {
            context.Stdout.Write((dot < 0 ? name : name[..dot]) + "\n");
        }
        else
        {
            context.Stdout.Write(name + "\n");
        }

        return Task.FromResult(0);
    }
}
