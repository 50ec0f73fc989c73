using System.Security.Cryptography;

namespace LabHost.Classes.Data;

/// <summary>Join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), easy to read aloud.</summary>
public static class JoinCode
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 8);

    public static string Normalize(string? code) => (code ?? string.Empty).Trim().Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
}
