namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>Inspect-shaped data like Docker's network.Inspect, built with the value factories.</summary>
internal static class SampleData
{
    public static StructValue Network { get; } = TemplateValue.Struct(
        "network.Inspect",
        ("Name", "Name", TemplateValue.String("labnet")),
        ("ID", "Id", TemplateValue.String("3f2a9c")),
        ("Internal", "Internal", TemplateValue.Bool(false)),
        ("IPAM", "IPAM", TemplateValue.Struct(
            "network.IPAM",
            ("Driver", "Driver", TemplateValue.String("default")),
            ("Options", "Options", TemplateValue.NilMap("string")),
            ("Config", "Config", TemplateValue.ListOf("network.IPAMConfig", [
                TemplateValue.Struct(
                    "network.IPAMConfig",
                    ("Subnet", "Subnet", TemplateValue.String("10.0.42.0/24")),
                    ("IPRange", "IPRange", TemplateValue.String("10.0.42.128/25")),
                    ("Gateway", "Gateway", TemplateValue.String(string.Empty)),
                    ("AuxAddress", "AuxiliaryAddresses", TemplateValue.NilMap("string"))),
            ])))),
        ("Containers", "Containers", TemplateValue.MapOf("network.EndpointResource", [
            KeyValuePair.Create("c1", (TemplateValue)TemplateValue.Struct("network.EndpointResource", ("Name", "Name", TemplateValue.String("web")))),
            KeyValuePair.Create("c2", (TemplateValue)TemplateValue.Struct("network.EndpointResource", ("Name", "Name", TemplateValue.String("db")))),
        ])),
        ("Labels", "Labels", TemplateValue.StringMap(new Dictionary<string, string> { ["project"] = "lab", ["env"] = "<dev>" })),
        ("Names", "Names", TemplateValue.Strings(["a", "b", "c"])),
        ("Count", "Count", TemplateValue.Int(3)));

    public static MethodObject Container { get; } = TemplateValue.Methods(
        "*formatter.ContainerContext",
        ("ID", TemplateMethod.Of(() => TemplateValue.String("0123456789ab"))),
        ("Names", TemplateMethod.Of(() => TemplateValue.String("web"))),
        ("Label", TemplateMethod.Of(key => TemplateValue.String(key == "tier" ? "front" : string.Empty))));
}
