namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>Busybox's usage texts for the network applets, as busybox 1.35 prints them.</summary>
internal static class BusyboxUsage
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["ip"] = """
            Usage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]

            OPTIONS := -f[amily] inet|inet6|link | -o[neline]

            ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]
            ip route list|flush|add|del|change|append|replace|test ROUTE
            ip link set IFACE [up|down] [arp on|off] [multicast on|off]
            	[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]
            	[master IFACE | nomaster] [netns PID]
            ip tunnel add|change|del|show [NAME]
            	[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]
            ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]
            ip rule [list] | add|del SELECTOR ACTION
            """,
        ["ping"] = """
            Usage: ping [OPTIONS] HOST

            Send ICMP ECHO_REQUESTs to HOST

            	-4,-6		Force IP or IPv6 name resolution
            	-c CNT		Send only CNT pings
            	-s SIZE		Send SIZE data bytes in packets (default 56)
            	-i SECS		Interval
            	-A		Ping as soon as reply is received
            	-t TTL		Set TTL
            	-I IFACE/IP	Source interface or IP address
            	-W SEC		Seconds to wait for the first response (default 10)
            			(after all -c CNT packets are sent)
            	-w SEC		Seconds until ping exits (default:infinite)
            			(can exit earlier with -c CNT)
            	-q		Quiet, only display output at start/finish
            	-p HEXBYTE	Payload pattern
            """,
        ["ifconfig"] = """
            Usage: ifconfig [-a] [IFACE] [ADDRESS]

            Configure a network interface

            	[add ADDRESS[/PREFIXLEN]]
            	[del ADDRESS[/PREFIXLEN]]
            	[[-]broadcast [ADDRESS]] [[-]pointopoint [ADDRESS]]
            	[netmask ADDRESS] [dstaddr ADDRESS]
            	[outfill NN] [keepalive NN]
            	[hw ether|infiniband ADDRESS] [metric NN] [mtu NN]
            	[[-]trailers] [[-]arp] [[-]allmulti]
            	[multicast] [[-]promisc] [txqueuelen NN] [[-]dynamic]
            	[mem_start NN] [io_addr NN] [irq NN]
            	[up|down] ...
            """,
        ["route"] = """
            Usage: route [-ne] [-A inet[6]] [{add|del} [-net|-host] TARGET [netmask MASK]
            	[gw GATEWAY] [metric N] [mss BYTES] [window BYTES] [reject] [IFACE]]

            Show or edit kernel routing tables

            	-n	Don't resolve names
            	-e	Display other/more information
            	-A inet[6]	Select address family
            """,
        ["nslookup"] = """
            Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]

            Query DNS about HOST

            QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any
            """,
        ["hostname"] = """
            Usage: hostname [-sidf] [HOSTNAME | -F FILE]

            Show or set hostname or DNS domain name

            	-s	Short
            	-i	Addresses for the hostname
            	-d	DNS domain name
            	-f	Fully qualified domain name
            	-F FILE	Use FILE's content as hostname
            """,
    };

    /// <summary>Writes the banner and the applet's usage; returns busybox's exit status 1.</summary>
    public static int Write(TextWriter writer, BusyboxBuild build, string applet)
    {
        writer.Write(build.Banner + "\n\n" + Texts[applet].Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        return 1;
    }
}
