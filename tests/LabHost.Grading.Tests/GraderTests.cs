using System.Collections.Immutable;
using LabHost.Grading.Parsing;
using LabHost.Workspaces.Simulated;
using LabHost.Workspaces.Simulated.Workspace;

namespace LabHost.Grading;

/// <summary>The grading tables: commands typed in a fresh simulated workspace → check result and messages.</summary>
public sealed class GraderTests
{
    public static TheoryData<GradingCase> Cases()
    {
        var data = new TheoryData<GradingCase>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Tables"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var c in GradingCase.Read(File.ReadAllText(file)))
            {
                data.Add(c);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Evaluate_TableCase_GivesExpectedResultInBothLanguages(GradingCase testCase)
    {
        var runner = new ScriptRunner();
        foreach (var command in testCase.Commands)
        {
            await runner.RunLineAsync(command);
        }

        var snapshot = SnapshotBuilder.Build("test", runner.Host, [.. runner.Commands], runner.Host.Clock.Now);
        var (check, problems) = CheckParser.Parse(testCase.Check);
        Assert.Empty(problems);

        var result = Grader.Evaluate(check!, new GradingContext(snapshot, testCase.Answers) { StepFirstCommand = testCase.StepFirstCommand });

        Assert.Equal(testCase.Passed, result.Passed);
        Assert.Equal(testCase.En, result.Message.En);
        Assert.Equal(testCase.Ko, result.Message.Ko);
    }

    [Fact]
    public void Cases_CoverEveryCheckKind()
    {
        var kinds = Cases().Cast<object[]>().Select(row => ((GradingCase)row[0]).Check.Kind).ToImmutableHashSet();

        Assert.Equal(CheckParser.KnownKinds.ToImmutableHashSet(), kinds.Intersect(CheckParser.KnownKinds));
        Assert.Subset(kinds, CheckParser.KnownKinds.ToImmutableHashSet());
    }
}
