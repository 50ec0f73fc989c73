using System.Text;

namespace LabHost.Workspaces.Simulated.Fuzz;

/// <summary>
/// Random command lines a student might type in the Docker networking labs: docker network and
/// container commands with their flags, exec'd programs, and shell glue (quotes, ; &amp;&amp; || |,
/// redirections, $VAR). Names come from small pools so that commands meet each other's state.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class CommandLineGrammar(Random random)
{
    private static readonly string[] Networks =
        ["user-network", "user-network2", "net1", "bridge", "host", "none", "my_net", "네트워크", "n", "UPPER", "a.b", "-x"];

    private static readonly string[] Containers =
        ["network-explorer", "web", "db", "c1", "컨테이너", "x", "-c", "web.1"];

    private static readonly string[] Images =
        ["alpine", "alpine:latest", "busybox", "nginx", "ubuntu:22.04", "nosuch/image:tag", "ALPINE", "alpine:", ":latest", "alpine@sha256:00"];

    private static readonly string[] ValidFormats =
    [
        "{{.Name}}", "{{json .}}", "{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}", "table {{.ID}}\\t{{.Name}}\\t{{.Driver}}",
        "{{.NetworkSettings.Networks}}", "{{range $k, $v := .Containers}}{{$v.Name}} {{$v.IPv4Address}}{{end}}",
        "{{index .Labels \"project\"}}", "{{.Driver}}", "{{len .Containers}}", "{{json .IPAM}}", "{{.ID}}",
        "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", "{{.State.Status}}", "{{.Names}} {{.Status}}",
        "table {{.Repository}}:{{.Tag}}", "{{.Scope}}", "{{join .Names \",\"}}", "{{printf \"%s-%d\" .Name 3}}",
        "{{if .Internal}}internal{{else}}external{{end}}", "{{.Labels}}", "{{.Label \"chapter\"}}", "table", "raw", "json",
    ];

    private static readonly string[] BrokenFormats =
    [
        "{{.Name", "{{range}}", "{{end}}", "{{if}}", "{{printf \"%d\" .Name}}", "{{.Nope.Deeper}}", "{{template \"x\"}}",
        "{{", "}}", "{{.}", "{{range .IPAM.Config}}", "{{index .Labels}}", "{{len 3}}", "{{json}}", "{{$x}}", "{{.Name | nope}}",
        "{{/* c", "{{\"unterminated}}", "{{range $i := .Containers}}{{$i}}{{else}}{{end", "{{slice .Name 5 2}}",
    ];

    private static readonly string[] HostPrograms =
    [
        "echo hi", "echo $HOME", "echo \"$USER\" '$USER'", "export NET=user-network", "echo $NET", "X=1 env", "cat /etc/hosts",
        "hostname", "ip addr", "ip -f inet -4 -o addr", "ip route", "ping -c 1 127.0.0.1", "seq 1 5", "sleep 0.1", "cd /tmp",
        "pwd", "true", "false", "grep -i net /etc/hosts", "ls /", "unset NET", "set", "type docker", "history", "help",
        "sh -c 'echo $0'", "bash -c \"docker ps\"", "echo $?", "wc -l /etc/hosts", "tr a-z A-Z", "sort", "uniq -c",
    ];

    public string Line()
    {
        var sb = new StringBuilder(Command());
        var more = random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 };
        for (var i = 0; i < more; i++)
        {
            sb.Append(Pick(" ; ", "; ", " && ", " || ", " | ", "&&", "|")).Append(random.Next(3) == 0 ? ShellGlue() : Command());
        }

        if (random.Next(6) == 0)
        {
            sb.Append(Pick(" > /tmp/out", " 2>&1", " 2>/dev/null", " >> /tmp/log", " < /etc/hosts", " >/dev/null 2>&1", " 2>&1 | grep -c x", " > ", " 2>&"));
        }

        return sb.ToString();
    }

    private string Command() => random.Next(20) switch
    {
        < 6 => "docker " + NetworkCommand(),
        < 10 => "docker " + RunCommand(),
        < 14 => "docker exec " + Maybe("-it ", "-d ", "-i ", "-e A=b ", "-w /tmp ") + Container() + " " + ContainerProgram(),
        < 18 => "docker " + ContainerCommand(),
        _ => ShellGlue(),
    };

    private string NetworkCommand() => random.Next(8) switch
    {
        0 => "network create " + CreateFlags() + Network(),
        1 => "network " + Pick("ls", "list") + Flags(3, () => Pick(
            "--filter " + Filter(), "-f " + Filter(), "--format " + Format(), "--no-trunc", "-q", "--quiet", "-qf driver=bridge")),
        2 => "network inspect " + Flags(2, () => Pick("-f " + Format(), "--format=" + Format(), "-v", "--verbose")) + Names(Network),
        3 => "network connect " + Flags(3, () => Pick(
            "--ip " + Address(), "--ip6 fd00::5", "--alias " + Container(), "--link " + Container() + ":alias", "--driver-opt k=v"))
            + Network() + " " + Container(),
        4 => "network disconnect " + Maybe("-f ", "--force ") + Network() + " " + Container(),
        5 => "network " + Pick("rm", "remove") + " " + Maybe("-f ") + Names(Network),
        6 => "network prune " + Flags(2, () => Pick("-f", "--force", "--filter until=1h", "--filter label=chapter=5", "--filter bogus=1")),
        _ => "network " + Pick("", "bogus", "--help", "create", "connect x", "inspect", "ls extra"),
    };

    private string CreateFlags() => Flags(6, () => Pick(
        "--driver " + Pick("bridge", "overlay", "macvlan", "ipvlan", "host", "null", "nosuch"), "-d bridge",
        "--label project=dockerinaction", "--label chapter=5", "--label " + Word(), "--attachable", "--internal", "--ipv6",
        "--scope " + Pick("local", "swarm", "global", "bogus"), "--subnet " + Cidr(), "--subnet=" + Cidr(), "--ip-range " + Cidr(),
        "--gateway " + Address(), "--aux-address host1=" + Address(), "--aux-address " + Address(), "-o com.docker.network.bridge.name=br" + random.Next(9),
        "--opt com.docker.network.driver.mtu=" + random.Next(-10, 70000), "--ipam-driver " + Pick("default", "null", "bogus"),
        "--ipam-opt x=y", "--ingress", "--config-only", "--config-from " + Network()));

    private string RunCommand()
    {
        var flags = Flags(6, () => Pick(
            "-d", "-it", "-i", "-t", "--rm", "--name " + Container(), "--name=" + Container(), "--network " + Network(),
            "--net=" + Network(), "--ip " + Address(), "--network-alias " + Container(), "--net-alias x", "-h " + Word(),
            "--hostname=" + Word(), "-e A=1", "-p 8080:80", "-l a=b", "--privileged", "--cap-add NET_ADMIN", "-m 64m", "--cpus 0.5"));
        var command = Pick("", " sleep 1000", " sleep 1000", " sh", " ip -f inet -4 -o addr", " ping -c 2 " + Target(), " cat /etc/hosts", " true", " nosuchprog");
        return Pick("run ", "container run ", "create ") + flags + Image() + command;
    }

    private string ContainerCommand() => random.Next(12) switch
    {
        0 => Pick("ps", "container ls", "container list") + Flags(3, () => Pick("-a", "-q", "-l", "--no-trunc", "--format " + Format(), "-f status=running", "--filter name=" + Container(), "-f network=" + Network())),
        1 => "start " + Maybe("-a ", "-i ") + Names(Container),
        2 => "stop " + Maybe("-t 0 ", "-t 1 ", "-t x ", "-s KILL ") + Names(Container),
        3 => "rm " + Maybe("-f ", "-v ", "--force ") + Names(Container),
        4 => "inspect " + Flags(2, () => Pick("-f " + Format(), "--format=" + Format(), "--type container", "--type network", "--type image", "--type bogus", "-s")) + Names(() => Pick(Container(), Network(), Image())),
        5 => Pick("images", "image ls", "image list") + Flags(2, () => Pick("-a", "-q", "--no-trunc", "--format " + Format(), "-f dangling=true", " alpine")),
        6 => "swarm init" + Flags(2, () => Pick("--advertise-addr " + Address(), "--listen-addr 0.0.0.0:2377", "--force-new-cluster", "--advertise-addr eth0")),
        7 => "swarm leave" + Maybe(" -f", " --force"),
        8 => Pick("kill ", "restart ", "logs ", "logs -f ", "logs -n 2 ", "attach ") + Container(),
        9 => Pick("version", "info", "-v", "--version", "", "help", "bogus") + Maybe(" -f " + Format()),
        10 => "container " + Pick("prune", "", "bogus", "--help", "rm"),
        _ => "network ls",
    };

    private string ContainerProgram() => random.Next(14) switch
    {
        0 or 1 => "ip " + Pick("-f inet -4 -o addr", "addr", "a", "route", "r", "link", "-br a", "-4 addr show eth0", "addr show dev eth1", "neigh", "bogus", "-f", ""),
        2 or 3 => "ping " + Flags(3, () => Pick("-c " + random.Next(-1, 5), "-W " + random.Next(0, 3), "-w 1", "-q", "-c x", "-i 0.2")) + Target(),
        4 => "nslookup " + Target(),
        5 => "cat " + Pick("/etc/hosts", "/etc/resolv.conf", "/etc/hostname", "/nope", "/etc"),
        6 => "hostname" + Maybe(" -i", " -f", " newname"),
        7 => "sh -c '" + Pick("ip addr", "ping -c 1 " + Target(), "echo $HOSTNAME", "cat /etc/hosts | grep " + Target()) + "'",
        8 => Pick("sh", "ash", "bash", "/bin/sh -c \"hostname\""),
        9 => "echo " + Word(),
        10 => Pick("env", "ls /etc", "true", "false", "sleep 1", "wc -l /etc/hosts"),
        11 => "nosuchprog",
        _ => "ip -f inet -4 -o addr",
    };

    private string ShellGlue() => random.Next(10) switch
    {
        < 5 => Pick(HostPrograms),
        5 => "'" + Word() + Maybe("'"),
        6 => "\"" + Word() + " $" + Pick("HOME", "NET", "?", "#", "0", "1", "{X", "{HOME}", "(echo)", "") + Maybe("\""),
        7 => Word() + "\\" + Maybe(" ", "n", "\\"),
        8 => Pick("$NET", "${NET}", "$(docker ps -q)", "`hostname`", "VAR=$NET", "${#NET}", "${NET:-x}", "$((1+2))"),
        _ => Pick("", " ", ";", "&&", "||", "|", ">", "<", "2>&1", "&", "(", ")", "{ x; }", "!", "#comment", "\\", "\"", "'"),
    };

    private string Network() => random.Next(10) == 0 ? Word() : Pick(Networks);

    private string Container() => random.Next(10) == 0 ? Word() : Pick(Containers);

    private string Image() => Pick(Images);

    private string Target() => random.Next(3) == 0 ? Address() : Pick(Containers) + Maybe(".", ".user-network");

    private string Format()
    {
        var template = random.Next(3) == 0 ? Pick(BrokenFormats) : Pick(ValidFormats);
        return random.Next(3) switch
        {
            0 => "'" + template + "'",
            1 => "\"" + template.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            _ => template,
        };
    }

    private string Filter() => Pick(
        "driver=bridge", "driver=" + Word(), "name=" + Network(), "label=project=dockerinaction", "label=chapter", "scope=local",
        "type=custom", "type=builtin", "type=x", "id=" + random.Next(0x10000).ToString("x", null), "dangling=true", "dangling=maybe", "bogus=1", "noequals", "=");

    /// <summary>CIDRs valid and invalid: private ranges, random prefixes, IPv6, malformed text.</summary>
    private string Cidr() => random.Next(10) switch
    {
        0 => $"10.0.{random.Next(256)}.0/24",
        1 => $"172.{random.Next(16, 32)}.0.0/16",
        2 => $"192.168.{random.Next(256)}.0/{random.Next(16, 31)}",
        3 => $"{Octet()}.{Octet()}.{Octet()}.{Octet()}/{random.Next(0, 33)}",
        4 => $"10.0.42.{random.Next(256)}/{random.Next(24, 33)}",
        5 => Pick("fd00::/64", "2001:db8::/32", "::/0", "fe80::1/64"),
        6 => Pick("10.0.0.0/33", "300.1.1.1/24", "10.0.0/24", "abc", "", "10.0.0.1", "/24", "10.0.0.0/-1", "10.0.0.0/", "0.0.0.0/0", "1.2.3.4/08"),
        _ => $"10.{random.Next(256)}.0.0/{random.Next(8, 30)}",
    };

    private string Address() => random.Next(6) switch
    {
        0 => $"10.0.42.{random.Next(256)}",
        1 => $"10.0.43.{random.Next(256)}",
        2 => $"{Octet()}.{Octet()}.{Octet()}.{Octet()}",
        3 => Pick("256.1.1.1", "10.0.42", "fd00::2", "abc", "", "10.0.42.1/24", "0.0.0.0", "255.255.255.255"),
        _ => $"172.{random.Next(16, 32)}.0.{random.Next(256)}",
    };

    private int Octet() => random.Next(10) == 0 ? random.Next(256, 1000) : random.Next(256);

    private string Word() => random.Next(8) switch
    {
        0 => new string('a', random.Next(1, 300)),
        1 => "한국어",
        2 => "x" + random.Next(100),
        3 => "--" + Pick("bogus", "", "=", "subnet"),
        4 => "-" + (char)random.Next('a', 'z' + 1),
        5 => "a=b=c",
        6 => "😀",
        _ => Pick(Networks),
    };

    private string Names(Func<string> name)
    {
        var sb = new StringBuilder(name());
        for (var n = random.Next(3); n > 0; n--)
        {
            sb.Append(' ').Append(name());
        }

        return sb.ToString();
    }

    private string Flags(int max, Func<string> flag)
    {
        var sb = new StringBuilder();
        for (var n = random.Next(max + 1); n > 0; n--)
        {
            sb.Append(' ').Append(flag());
        }

        return sb.Length == 0 ? " " : sb.Append(' ').ToString();
    }

    private string Maybe(params string[] options) => random.Next(2) == 0 ? "" : Pick(options);

    private string Pick(params string[] options) => options[random.Next(options.Length)];
}
