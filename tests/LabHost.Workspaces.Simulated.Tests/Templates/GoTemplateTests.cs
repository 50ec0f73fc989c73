namespace LabHost.Workspaces.Simulated.Templates;

public class GoTemplateTests
{
    [Theory]
    [InlineData("{{.Name}}", "labnet")]
    [InlineData("id={{.ID}}\n", "id=3f2a9c\n")]
    [InlineData("{{range .IPAM.Config}}{{.Subnet}}{{end}}", "10.0.42.0/24")]
    [InlineData("{{.IPAM.Config}}", "[{10.0.42.0/24 10.0.42.128/25  map[]}]")]
    [InlineData("{{.IPAM}}", "{default map[] [{10.0.42.0/24 10.0.42.128/25  map[]}]}")]
    [InlineData("{{json .Labels}}", "{\"env\":\"<dev>\",\"project\":\"lab\"}")]
    [InlineData("{{.Labels}}", "map[env:<dev> project:lab]")]
    [InlineData("{{range $k, $v := .Labels}}{{$k}}={{$v}} {{end}}", "env=<dev> project=lab ")]
    [InlineData("{{len .Containers}}", "2")]
    [InlineData("{{index .Labels \"project\"}}", "lab")]
    [InlineData("[{{index .Labels \"nope\"}}]", "[]")]
    [InlineData("{{.Labels.nope}}", "<no value>")]
    [InlineData("{{println .Name}}", "labnet\n")]
    [InlineData("{{join .Names \",\"}}", "a,b,c")]
    [InlineData("{{json .IPAM}}", "{\"Driver\":\"default\",\"Options\":null,\"Config\":[{\"Subnet\":\"10.0.42.0/24\",\"IPRange\":\"10.0.42.128/25\",\"Gateway\":\"\",\"AuxiliaryAddresses\":null}]}")]
    [InlineData("{{range .Containers}}{{.Name}} {{end}}", "web db ")]
    [InlineData("{{range $i, $n := .Names}}{{$i}}:{{$n}} {{end}}", "0:a 1:b 2:c ")]
    [InlineData("{{range .Labels.nope}}x{{else}}empty{{end}}", "empty")]
    [InlineData("{{range 3}}{{.}}{{end}}", "012")]
    [InlineData("{{range .Names}}{{if eq . \"b\"}}{{break}}{{end}}{{.}}{{end}}", "a")]
    [InlineData("{{range .Names}}{{if eq . \"b\"}}{{continue}}{{end}}{{.}}{{end}}", "ac")]
    [InlineData("{{if .Internal}}int{{else if .Labels}}labels{{else}}none{{end}}", "labels")]
    [InlineData("{{with .IPAM}}{{.Driver}}{{end}}", "default")]
    [InlineData("{{with .Labels.nope}}x{{else}}none{{end}}", "none")]
    [InlineData("{{$x := .Name}}{{$x}}", "labnet")]
    [InlineData("{{$x := 1}}{{range .Names}}{{$x = 2}}{{end}}{{$x}}", "2")]
    [InlineData("{{$.Name}}{{$n := .IPAM}}{{$n.Driver}}", "labnetdefault")]
    [InlineData("{{.Name | printf \"%s!\"}}", "labnet!")]
    [InlineData("{{(index .IPAM.Config 0).Subnet}}", "10.0.42.0/24")]
    [InlineData("a {{- /* comment */ -}} b", "ab")]
    [InlineData("a  {{- .Name -}}  \n b", "alabnetb")]
    [InlineData("{{`raw\\n`}}{{\"q\\t\\u00e9\"}}", "raw\\nq\té")]
    [InlineData("{{and 1 0 2}} {{or 0 \"\" \"x\"}} {{not .Internal}}", "0 x true")]
    [InlineData("{{eq .Count 3}} {{ne .Name \"x\"}} {{lt 1 2}} {{ge 2.5 2.5}} {{eq .Name \"a\" \"labnet\"}}", "true true true true true")]
    [InlineData("{{print 1 2 \"a\" \"b\" 3}}", "1 2ab3")]
    [InlineData("{{printf \"%d|%5s|%-4s|%q|%t|%x|%v|%03d|%.2f\" 42 \"ab\" \"c\" \"q\" true 255 .Names 7 3.14159}}", "42|   ab|c   |\"q\"|true|ff|[a b c]|007|3.14")]
    [InlineData("{{printf \"%d %s\" \"x\"}}", "%!d(string=x) %!s(MISSING)")]
    [InlineData("{{printf \"%v\" 1e6}} {{1.5}} {{0.00001}}", "1e+06 1.5 1e-05")]
    [InlineData("{{slice .Name 1 3}} {{slice .Names 1}}", "ab [b c]")]
    [InlineData("{{split \"a:b:c\" \":\"}} {{len (split \"\" \",\")}}", "[a b c] 1")]
    [InlineData("{{lower \"ABC\"}}{{upper \"def\"}} {{title \"hello wide-world\"}}", "abcDEF Hello Wide-World")]
    [InlineData("[{{pad .Name 1 2}}][{{pad \"\" 3 3}}]", "[ labnet  ][]")]
    [InlineData("{{truncate .Name 3}} {{truncate .Name 99}}", "lab labnet")]
    [InlineData("{{html \"<a&b>\"}} {{urlquery \"a b&c\"}}", "&lt;a&amp;b&gt; a+b%26c")]
    [InlineData("{{json .Names}} {{json .Count}} {{json .Name}}", "[\"a\",\"b\",\"c\"] 3 \"labnet\"")]
    [InlineData("{{json nil}}", "null")]
    public void Execute_DockerStyleFormat_PrintsWhatGoPrints(string template, string expected)
    {
        Assert.Equal(expected, GoTemplate.Parse(template).Execute(SampleData.Network));
    }

    [Theory]
    [InlineData("{{.ID}} {{.Names}}", "0123456789ab web")]
    [InlineData("{{.Label \"tier\"}}|{{.Label \"x\"}}", "front|")]
    [InlineData("{{json .}}", "{\"ID\":\"0123456789ab\",\"Names\":\"web\"}")]
    [InlineData("{{\"tier\" | .Label}}", "front")]
    public void Execute_MethodObject_CallsMethods(string template, string expected)
    {
        Assert.Equal(expected, GoTemplate.Parse(template).Execute(SampleData.Container));
    }

    [Fact]
    public void Execute_RawJsonData_UsesGoInterfaceSemantics()
    {
        var data = TemplateValue.FromJson("{\"Name\":\"n\",\"Size\":1000000,\"Tags\":[\"x\",null],\"Nested\":{\"b\":2,\"a\":true}}");

        var output = GoTemplate.Parse("{{.Name}} {{.Size}} {{.Tags}} {{.Nested}} {{.Missing}} {{json .Nested}}").Execute(data);

        Assert.Equal("n 1e+06 [x <nil>] map[a:true b:2] <no value> {\"a\":true,\"b\":2}", output);
    }

    [Fact]
    public void Execute_Pointers_DereferenceAtTopAndShowAmpersandInPrint()
    {
        var data = TemplateValue.Struct(("Host", "Host", TemplateValue.Pointer(TemplateValue.Struct(("A", "A", TemplateValue.Int(1))))), ("Nil", "Nil", TemplateValue.NilPointer("T")));

        var output = GoTemplate.Parse("{{.Host}} {{print .Host}} {{.Host.A}} {{.Nil}}").Execute(data);

        Assert.Equal("{1} &{1} 1 <nil>", output);
    }

    [Fact]
    public void Execute_TimeValue_PrintsGoTimeString()
    {
        var time = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567);
        var data = TemplateValue.Struct(("Created", "Created", TemplateValue.Time(time)));

        var output = GoTemplate.Parse("{{.Created}} {{json .Created}}").Execute(data);

        Assert.Equal("2024-01-02 03:04:05.1234567 +0000 UTC \"2024-01-02T03:04:05.1234567Z\"", output);
    }
}
