namespace LabHost.Grading.Parsing;

public sealed class CheckParserTests
{
    [Fact]
    public void Parse_UnknownKind_NamesTheKnownKinds()
    {
        var (check, problems) = CheckParser.Parse(new CheckInput("network-exist", new Dictionary<string, object?>(), 12));

        Assert.Null(check);
        Assert.StartsWith("unknown check kind 'network-exist'; known kinds: command-run, container-exists", Assert.Single(problems));
    }

    [Fact]
    public void Parse_BadParameters_ReportsEveryProblem()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["subnet"] = "10.0.42.0/33",
            ["attachable"] = "yes",
            ["colour"] = "blue",
        };

        var (check, problems) = CheckParser.Parse(new CheckInput("network-exists", parameters));

        Assert.Null(check);
        Assert.Equal(
            [
                "network-exists needs 'name'",
                "'subnet' must be an IPv4 network like 10.0.42.0/24 (no host bits), not '10.0.42.0/33'",
                "'attachable' must be true or false, not 'yes'",
                "unknown parameter 'colour' for network-exists",
            ],
            problems);
    }

    [Fact]
    public void Parse_InvalidPattern_IsALabError()
    {
        var (check, problems) = CheckParser.Parse(new CheckInput("command-run", new Dictionary<string, object?> { ["pattern"] = "docker (" }));

        Assert.Null(check);
        Assert.StartsWith("'pattern' is not a valid regular expression", Assert.Single(problems));
    }

    [Fact]
    public void Parse_ValidCheck_KeepsItsLine()
    {
        var (check, problems) = CheckParser.Parse(new CheckInput("network-absent", new Dictionary<string, object?> { ["name"] = "x" }, 7));

        Assert.Empty(problems);
        Assert.Equal(7, check!.Line);
    }
}
