using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LabHost.Workspaces.Snapshots;

/// <summary>Snapshots as JSON (addresses as text): to store them with a check attempt, or to compare two.</summary>
public static class WorkspaceSnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Converters = { new IPAddressConverter(), new IPNetworkConverter(), new JsonStringEnumConverter() },
    };

    public static string Serialize(WorkspaceSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static WorkspaceSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkspaceSnapshot>(json, Options) ?? throw new JsonException("null snapshot");

    private sealed class IPAddressConverter : JsonConverter<IPAddress>
    {
        public override IPAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IPAddress.Parse(reader.GetString() ?? throw new JsonException("address expected"));

        public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }

    private sealed class IPNetworkConverter : JsonConverter<IPNetwork>
    {
        public override IPNetwork Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IPNetwork.Parse(reader.GetString() ?? throw new JsonException("network expected"));

        public override void Write(Utf8JsonWriter writer, IPNetwork value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
