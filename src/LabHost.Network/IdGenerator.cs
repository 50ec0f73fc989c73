namespace LabHost.Network;

/// <summary>
/// Deterministic object ids (64 hex digits like Docker's), from a seeded generator whose state
/// is part of the saved workspace, so a restored workspace goes on exactly as it would have.
/// </summary>
public sealed class IdGenerator
{
    public ulong State { get; set; } = 0x9E3779B97F4A7C15;

    public string NewId() => NewHex(64);

    public string NewHex(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = "0123456789abcdef"[(int)(Next() & 0xF)];
        }

        return new string(chars);
    }

    /// <summary>Swarm's object ids: 25 characters of base 36 (nodes, swarm-scoped networks).</summary>
    public string NewSwarmId(int length = 25)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[(int)(Next() % 36)];
        }

        return new string(chars);
    }

    public ulong Next()
    {
        // splitmix64: small, fast, good enough for ids.
        var z = State += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
