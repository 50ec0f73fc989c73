namespace LabHost.Workspaces.Simulated.Templates;

public class GoTemplateErrorTests
{
    [Theory]
    [InlineData("{{.Name }", "template: :1: unexpected \"}\" in operand")]
    [InlineData("{{.Name}", "template: :1: bad character U+007D '}'")]
    [InlineData("{{.Name", "template: :1: unclosed action")]
    [InlineData("{{if .Name}}x", "template: :1: unexpected EOF")]
    [InlineData("{{end}}", "template: :1: unexpected {{end}}")]
    [InlineData("{{else}}", "template: :1: unexpected {{else}}")]
    [InlineData("{{nope .Name}}", "template: :1: function \"nope\" not defined")]
    [InlineData("{{$x}}", "template: :1: undefined variable \"$x\"")]
    [InlineData("{{if}}{{end}}", "template: :1: missing value for if")]
    [InlineData("{{}}", "template: :1: missing value for command")]
    [InlineData("{{\"abc}}", "template: :1: unterminated quoted string")]
    [InlineData("{{/* x }}", "template: :1: unclosed comment")]
    [InlineData("{{.Name | \"x\"}}", "template: :1: non executable command in pipeline stage 2")]
    [InlineData("{{break}}", "template: :1: {{break}} outside {{range}}")]
    [InlineData("{{3x}}", "template: :1: bad number syntax: \"3x\"")]
    [InlineData("{{.A)}}", "template: :1: unexpected \")\" in command")]
    [InlineData("\n\n{{.A ^}}", "template: :3: unexpected \"^\" in operand")]
    public void Parse_InvalidTemplate_ThrowsGoParseError(string template, string goMessage)
    {
        var error = Assert.Throws<TemplateException>(() => GoTemplate.Parse(template));

        Assert.Equal(goMessage, error.GoMessage);
        Assert.Equal("template parsing error: " + goMessage, error.Message);
    }

    [Theory]
    [InlineData("{{.Nope}}", "template: :1:2: executing \"\" at <.Nope>: can't evaluate field Nope in type network.Inspect")]
    [InlineData("{{.IPAM.Nope}}", "template: :1:7: executing \"\" at <.IPAM.Nope>: can't evaluate field Nope in type network.IPAM")]
    [InlineData("{{.Name.X}}", "template: :1:7: executing \"\" at <.Name.X>: can't evaluate field X in type string")]
    [InlineData("{{index .Names 5}}", "template: :1:2: executing \"\" at <index .Names 5>: error calling index: index out of range: 5")]
    [InlineData("{{index}}", "template: :1:2: executing \"\" at <index>: wrong number of args for index: want at least 1 got 0")]
    [InlineData("{{len .Count}}", "template: :1:2: executing \"\" at <len .Count>: error calling len: len of type int")]
    [InlineData("{{join .Name \",\"}}", "template: :1:7: executing \"\" at <.Name>: wrong type for value; expected []string; got string")]
    [InlineData("{{eq .Name 1}}", "template: :1:2: executing \"\" at <eq .Name 1>: error calling eq: incompatible types for comparison")]
    [InlineData("{{range .Name}}{{end}}", "template: :1:8: executing \"\" at <{{range .Name}}{{end}}>: range can't iterate over labnet")]
    [InlineData("{{nil}}", "template: :1:2: executing \"\" at <nil>: nil is not a command")]
    [InlineData("{{.Name 1}}", "template: :1:2: executing \"\" at <.Name>: Name has arguments but cannot be invoked as function")]
    public void Execute_BadAccess_ThrowsGoExecError(string template, string goMessage)
    {
        var parsed = GoTemplate.Parse(template);

        var error = Assert.Throws<TemplateException>(() => parsed.Execute(SampleData.Network));

        Assert.Equal(goMessage, error.GoMessage);
        Assert.False(error.IsParseError);
    }

    [Fact]
    public void Execute_OutputBeyondLimit_ThrowsTemplateException()
    {
        var parsed = GoTemplate.Parse("{{range 100000}}xxxxxxxxxx{{end}}");

        Assert.Throws<TemplateException>(() => parsed.Execute(TemplateValue.Nil, new TemplateLimits { MaxOutputChars = 1000 }));
    }

    [Fact]
    public void Execute_ExponentialStringGrowth_StopsAtLimit()
    {
        var parsed = GoTemplate.Parse("{{$x := \"ab\"}}{{range 64}}{{$x = printf \"%s%s\" $x $x}}{{end}}{{len $x}}");

        Assert.Throws<TemplateException>(() => parsed.Execute(TemplateValue.Nil));
    }

    [Fact]
    public void Execute_NestedLoops_StopAtStepLimit()
    {
        var parsed = GoTemplate.Parse("{{range 100000}}{{range 100000}}{{end}}{{end}}");

        Assert.Throws<TemplateException>(() => parsed.Execute(TemplateValue.Nil));
    }
}
