using System.Text;
using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Docker.Fidelity;

/// <summary>
/// What legitimately differs between the reference engine's host and a Docker workspace's host,
/// both running the same real engine: the host's own network identity. The reference host is a
/// VM-like namespace with eth0 10.0.2.15/24 (tools/refdocker/start.sh); a workspace's host is a
/// container on the provider's host network (10.199.0.0/16 by default), whose /etc/hosts the outer
/// engine writes. So, and only so: in what a `--network host` container prints, lines about the
/// host's eth0 are dropped, its /etc/hosts and `hostname -i` are not compared; the address in
/// `docker swarm init`'s join command is the host's. Everything the inner engine decides (pools,
/// addresses, names, errors) is still compared.
/// </summary>
public static partial class HostDifferences
{
    public static string Normalize(string transcript)
    {
        var text = SwarmJoin().Replace(transcript, "SWMTKN-<token> <host-ip>:2377");
        var sb = new StringBuilder();
        foreach (var block in Blocks(text))
        {
            var command = block[0];
            if (!command.Contains("--network host", StringComparison.Ordinal))
            {
                block.ForEach(l => sb.Append(l).Append('\n'));
                continue;
            }

            sb.Append(command).Append('\n');
            if (command.EndsWith("cat /etc/hosts", StringComparison.Ordinal) || command.EndsWith("hostname -i", StringComparison.Ordinal))
            {
                sb.Append("<the host's own>\n");
                continue;
            }

            foreach (var line in block.Skip(1).Where(l => !l.Contains(" eth0", StringComparison.Ordinal)))
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The transcript cut at each "$ " command line (a block: the command, then its output).</summary>
    private static IEnumerable<List<string>> Blocks(string transcript)
    {
        List<string>? block = null;
        foreach (var line in transcript.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith("$ ", StringComparison.Ordinal) || block is null)
            {
                if (block is not null)
                {
                    yield return block;
                }

                block = [];
            }

            block.Add(line);
        }

        if (block is not null)
        {
            yield return block;
        }
    }

    [GeneratedRegex("SWMTKN-<token> [0-9.]+:2377")]
    private static partial Regex SwarmJoin();
}
