namespace LabHost.Workspaces.Simulated.Templates;

public class TemplateValueTests
{
    [Fact]
    public void ToGoString_NilCollections_PrintLikeGo()
    {
        var value = TemplateValue.Struct(
            ("M", "M", TemplateValue.NilMap("string")),
            ("L", "L", TemplateValue.NilList("string")),
            ("P", "P", TemplateValue.NilPointer("T")),
            ("I", "I", TemplateValue.Nil));

        Assert.Equal("{map[] [] <nil> <nil>}", value.ToGoString());
        Assert.Equal("{\"M\":null,\"L\":null,\"P\":null,\"I\":null}", value.ToJson());
    }

    [Fact]
    public void ToJson_StructWithNestedMapAndList_UsesJsonNamesInFieldOrder()
    {
        var value = TemplateValue.Struct(
            ("Name", "name", TemplateValue.String("a\"<b>\n")),
            ("Tags", "tags", TemplateValue.Strings(["x", "y"])),
            ("Labels", "labels", TemplateValue.Map(("z", TemplateValue.Int(1)), ("a", TemplateValue.Bool(true)))),
            ("Hidden", null, TemplateValue.String("h")));

        Assert.Equal("{\"name\":\"a\\\"<b>\\n\",\"tags\":[\"x\",\"y\"],\"labels\":{\"a\":true,\"z\":1}}", value.ToJson());
        Assert.Equal("{a\"<b>\n [x y] map[a:true z:1] h}", value.ToGoString());
    }

    [Fact]
    public void ToJson_EscapeHtml_EscapesLikeEncodingJson()
    {
        Assert.Equal("\"\\u003cb\\u003e \\u0026\"", TemplateValue.String("<b> &").ToJson(escapeHtml: true));
    }

    [Theory]
    [InlineData(1000000.0, "1e+06", "1000000")]
    [InlineData(123456.0, "123456", "123456")]
    [InlineData(0.5, "0.5", "0.5")]
    [InlineData(1e21, "1e+21", "1e+21")]
    [InlineData(1e-7, "1e-07", "1e-7")]
    [InlineData(-2.25, "-2.25", "-2.25")]
    public void Float_Formats_MatchFmtAndEncodingJson(double value, string fmt, string json)
    {
        Assert.Equal(fmt, TemplateValue.Float(value).ToGoString());
        Assert.Equal(json, TemplateValue.Float(value).ToJson());
    }

    [Fact]
    public void FromOrderedJson_InspectShape_KeepsFieldOrderAndSortsMaps()
    {
        var value = TemplateValue.FromOrderedJson("""
            {"Name":"n","IPAM":{"Driver":"default","Options":null,"Config":[{"Subnet":"10.0.42.0/24","IPRange":"10.0.42.128/25","Gateway":"","AuxiliaryAddresses":null}]},"Labels":{"z":"1","a":"2"},"Size":3}
            """);

        Assert.Equal("{n {default map[] [{10.0.42.0/24 10.0.42.128/25  map[]}]} map[a:2 z:1] 3}", value.ToGoString());
        Assert.Equal("2", GoTemplate.Parse("{{.Labels.a}}").Execute(value));
    }

    [Fact]
    public void From_PlainDotNetData_ConvertsToGoValues()
    {
        var value = TemplateValue.From(new Dictionary<string, object?> { ["b"] = new[] { 1, 2 }, ["a"] = null, ["c"] = "s" });

        Assert.Equal("map[a:<nil> b:[1 2] c:s]", value.ToGoString());
    }
}
