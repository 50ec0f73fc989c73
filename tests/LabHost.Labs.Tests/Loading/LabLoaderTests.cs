using LabHost.Labs.Lint;
using LabHost.Labs.Model;

namespace LabHost.Labs.Loading;

public class LabLoaderTests
{
    [Fact]
    public void Parse_ValidYaml_ReadsStepsChecksHintsAndSolution()
    {
        var result = LabLoader.Parse(LabFolder.Yaml);

        Assert.Empty(result.Diagnostics);
        var lab = result.Lab!;
        Assert.Equal("demo-lab", lab.Id);
        Assert.Equal(new LocalizedText("데모", "Demo"), lab.Title);
        Assert.Equal(10, lab.Minutes);
        Assert.Equal(["create-net", "pick-driver"], lab.Steps.Select(s => s.Id));
        Assert.Equal("A hint", lab.Steps[0].Hints[0].En);
        Assert.Equal(["docker network create user-network"], lab.Steps[0].Solution);
        var check = lab.Steps[1].Checks[0];
        Assert.Equal("quiz", check.Kind);
        Assert.Equal(["quiz", "answer"], check.Parameters.Keys);
        Assert.Equal(19, check.Line);
    }

    [Fact]
    public void Parse_NestedParameters_KeepsListsMapsAndOrder()
    {
        var result = LabLoader.Parse("""
            id: x
            title: {ko: 가, en: A}
            steps:
              - id: s
                solution: [ls]
                checks:
                  - kind: network-exists
                    name: n
                    labels: {z: "1", a: "2"}
                    networks: [a, b]
            """);

        var parameters = result.Lab!.Steps[0].Checks[0].Parameters;
        Assert.Equal(["name", "labels", "networks"], parameters.Keys);
        Assert.Equal(["z", "a"], Assert.IsType<CheckMap>(parameters["labels"]).Entries.Keys);
        Assert.Equal(["a", "b"], Assert.IsType<CheckList>(parameters["networks"]).Items.Select(i => i.ToString()));
    }

    [Theory]
    [InlineData("id: [", 2)] // the flow sequence is found unclosed at the end of the file
    [InlineData("id: x\n  bad: indent", 2)]
    [InlineData("- a list\n- not a mapping", 1)]
    [InlineData("id: x\nid: y", 2)]
    public void Parse_BadYaml_ReportsWithLineAndNeverThrows(string yaml, int line)
    {
        var result = LabLoader.Parse(yaml);

        Assert.Null(result.Lab);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Parse_EmptyFile_ReportsShape()
    {
        var result = LabLoader.Parse("");

        Assert.Equal(DiagnosticCodes.YamlShape, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Load_MissingFolder_ReportsFileMissing()
    {
        var result = LabLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        Assert.Equal(DiagnosticCodes.FileMissing, Assert.Single(result.Diagnostics).Code);
    }
}
