using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LabHost.Grading.Parsing;

/// <summary>
/// Reads one check's parameters, collecting every problem (unknown, missing or malformed
/// parameter) instead of stopping at the first, so lint reports them all at once.
/// </summary>
internal sealed class ParameterReader(CheckInput input)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public List<string> Problems { get; } = [];

    public string? String(string name, bool required = false)
    {
        var value = Raw(name, required);
        if (value is null or string)
        {
            return (string?)value;
        }

        Problems.Add($"'{name}' must be a single value");
        return null;
    }

    public bool? Bool(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Problems.Add($"'{name}' must be true or false, not '{text}'");
        return null;
    }

    public int? Int(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problems.Add($"'{name}' must be a whole number, not '{text}'");
        return null;
    }

    public IPNetwork? Network(string name, bool required = false)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (IPNetwork.TryParse(text, out var network) && network.BaseAddress.AddressFamily == AddressFamily.InterNetwork)
        {
            return network;
        }

        Problems.Add($"'{name}' must be an IPv4 network like 10.0.42.0/24 (no host bits), not '{text}'");
        return null;
    }

    public IPAddress? Address(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        if (IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork && text.Count(c => c == '.') == 3)
        {
            return address;
        }

        Problems.Add($"'{name}' must be an IPv4 address like 10.0.42.1, not '{text}'");
        return null;
    }

    public ImmutableArray<string> List(string name, bool required = false)
    {
        var value = Raw(name, required);
        switch (value)
        {
            case null:
                return [];
            case string single:
                return [single];
            case IEnumerable<object?> items when items.All(i => i is string):
                return [.. items.Cast<string>()];
            default:
                Problems.Add($"'{name}' must be a list of values");
                return [];
        }
    }

    public ImmutableSortedDictionary<string, string> Map(string name)
    {
        var value = Raw(name, required: false);
        if (value is null)
        {
            return ImmutableSortedDictionary<string, string>.Empty;
        }

        if (value is IReadOnlyDictionary<string, object?> map && map.Values.All(v => v is string))
        {
            return map.ToImmutableSortedDictionary(kv => kv.Key, kv => (string)kv.Value!, StringComparer.Ordinal);
        }

        Problems.Add($"'{name}' must be a map of names to values");
        return ImmutableSortedDictionary<string, string>.Empty;
    }

    /// <summary>Reports the parameters no reader asked for.</summary>
    public void RejectUnread()
    {
        foreach (var name in input.Parameters.Keys.Where(k => !read.Contains(k)))
        {
            Problems.Add($"unknown parameter '{name}' for {input.Kind}");
        }
    }

    private object? Raw(string name, bool required)
    {
        read.Add(name);
        if (input.Parameters.TryGetValue(name, out var value) && value is not null)
        {
            return value;
        }

        if (required)
        {
            Problems.Add($"{input.Kind} needs '{name}'");
        }

        return null;
    }
}
