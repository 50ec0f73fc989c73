using LabHost.Labs.Model;

namespace LabHost.Labs.Catalog;

public class CourseCatalogTests
{
    private const string Valid = """
        courses:
          - id: docker-basics
            title:
              ko: 도커 기초
              en: Docker basics
            summary:
              ko: 도커의 기본을 익힙니다.
              en: Learn the basics of Docker.
            labs:
              - docker-networking
              - docker-volumes
        """;

    [Fact]
    public void Parse_ValidCatalog_ReadsCoursesInOrder()
    {
        var result = CourseCatalog.Parse(Valid);

        Assert.Empty(result.Diagnostics);
        var course = Assert.Single(result.Catalog!.Courses);
        Assert.Equal("docker-basics", course.Id);
        Assert.Equal("도커 기초", course.Title.Ko);
        Assert.Equal(("도커의 기본을 익힙니다.", "Learn the basics of Docker."), (course.Summary.Ko, course.Summary.En));
        Assert.Equal(["docker-networking", "docker-volumes"], course.LabIds);
    }

    [Theory]
    [InlineData("- docker-volumes", "- Docker Volumes", DiagnosticCodes.BadCourse, 11)]
    [InlineData("- docker-volumes", "- docker-networking", DiagnosticCodes.BadCourse, 11)]
    [InlineData("      en: Learn the basics of Docker.\n", "", DiagnosticCodes.TitleMissing, 7)]
    [InlineData("      en: Docker basics\n", "", DiagnosticCodes.TitleMissing, 4)]
    [InlineData("- id: docker-basics", "- id: docker basics", DiagnosticCodes.BadCourse, 2)]
    [InlineData("courses:", "courses: [", DiagnosticCodes.YamlSyntax, 2)]
    public void Parse_BrokenCatalog_ReportsCodeAtLine(string find, string replace, string code, int line)
    {
        var result = CourseCatalog.Parse(Valid.ReplaceLineEndings("\n").Replace(find, replace));

        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Line == line);
    }

    [Fact]
    public void Parse_DuplicateCourse_ReportsDuplicateCourseId()
    {
        var twice = Valid + "\n" + Valid.ReplaceLineEndings("\n")[(Valid.IndexOf('\n') + 1)..];

        Assert.Contains(CourseCatalog.Parse(twice).Diagnostics, d => d.Code == DiagnosticCodes.DuplicateCourseId);
    }

    [Fact]
    public void Parse_UnknownLab_ReportsUnknownLab()
    {
        var result = CourseCatalog.Parse(Valid, knownLabIds: ["docker-networking"]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownLab, diagnostic.Code);
        Assert.Equal(11, diagnostic.Line);
    }

    [Fact]
    public void Load_MissingFile_ReportsCatalogFileMissing()
    {
        var result = CourseCatalog.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "catalog.yaml"));

        Assert.Equal(DiagnosticCodes.CatalogFileMissing, Assert.Single(result.Diagnostics).Code);
    }
}
