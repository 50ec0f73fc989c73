using LabHost.Grading.Checks;
using LabHost.Grading.Labs;
using LabHost.Labs.Lint;
using LabHost.Labs.Loading;

namespace LabHost.Grading.Labs;

public class CheckSpecsTests
{
    private static string LabFolder => Path.Combine(RepoRoot(), "labs", "docker-networking");

    [Fact]
    public void Parse_LectureLab_EveryCheckIsTyped()
    {
        var lab = LabLoader.Load(LabFolder).Lab!;

        var parsed = lab.Steps.SelectMany(s => s.Checks).Select(CheckSpecs.Parse).ToList();

        Assert.All(parsed, p => Assert.Empty(p.Problems));
        Assert.Contains(parsed, p => p.Check is ContainerNetworksCheck { Networks.Length: 2 });
        Assert.Contains(parsed, p => p.Check is NetworkExistsCheck { Labels.Count: 2 });
    }

    [Fact]
    public void Lint_LectureLabWithGraderCatalog_HasNoErrors()
    {
        var diagnostics = LabLinter.Lint(LabFolder, GraderCheckCatalog.Instance);

        Assert.DoesNotContain(diagnostics, d => d.Severity == LabHost.Labs.Model.DiagnosticSeverity.Error);
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LabHost.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("LabHost.sln not found above the test folder");
    }
}
