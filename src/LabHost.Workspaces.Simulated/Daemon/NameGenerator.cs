using LabHost.Network;

namespace LabHost.Workspaces.Simulated.Daemon;

/// <summary>Random container names in Docker's adjective_surname shape (our own word lists).</summary>
internal static class NameGenerator
{
    private static readonly string[] Adjectives =
    [
        "brave", "calm", "clever", "eager", "gentle", "happy", "jolly", "keen", "lucid", "merry",
        "nimble", "proud", "quiet", "sharp", "steady", "sunny", "swift", "tender", "vivid", "witty",
    ];

    private static readonly string[] Surnames =
    [
        "babbage", "cerf", "dijkstra", "hopper", "kahn", "knuth", "lamport", "liskov", "lovelace", "metcalfe",
        "perlman", "postel", "ritchie", "shannon", "tanenbaum", "thompson", "torvalds", "turing", "wirth", "wozniak",
    ];

    public static string Generate(IdGenerator ids, Func<string, bool> taken)
    {
        while (true)
        {
            var name = Adjectives[(int)(ids.Next() % (ulong)Adjectives.Length)] + "_" +
                Surnames[(int)(ids.Next() % (ulong)Surnames.Length)];
            if (!taken(name))
            {
                return name;
            }
        }
    }
}
