using System.Collections.ObjectModel;
using LabHost.Labs.Model;
using YamlDotNet.RepresentationModel;

namespace LabHost.Labs.Loading;

/// <summary>Turns YAML nodes into <see cref="CheckValue"/>s, keeping the file's key order.</summary>
internal static class CheckValueReader
{
    public static CheckValue Read(YamlNode node)
    {
        int line = (int)node.Start.Line, column = (int)node.Start.Column;
        return node switch
        {
            YamlSequenceNode list => new CheckList(list.Children.Select(Read).ToList(), line, column),
            YamlMappingNode map => new CheckMap(new ReadOnlyDictionary<string, CheckValue>(ReadMap(map, skipKey: null)), line, column),
            YamlScalarNode scalar => new CheckScalar(scalar.Value ?? string.Empty, line, column),
            _ => new CheckScalar(string.Empty, line, column),
        };
    }

    public static OrderedDictionary<string, CheckValue> ReadMap(YamlMappingNode map, string? skipKey)
    {
        var entries = new OrderedDictionary<string, CheckValue>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (name != skipKey)
            {
                entries[name] = Read(value);
            }
        }
        return entries;
    }
}
