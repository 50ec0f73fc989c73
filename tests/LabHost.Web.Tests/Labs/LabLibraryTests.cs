using LabHost.Labs.Model;

namespace LabHost.Web.Labs;

public class LabLibraryTests
{
    [Fact]
    public void Load_Repository_ServesEveryLabInTheCatalogWithTypedChecks()
    {
        var library = TestLabs.All;

        var catalogued = library.Catalog.Courses.SelectMany(c => c.LabIds).ToList();
        Assert.Contains("docker-networking", catalogued);
        Assert.All(catalogued, id => Assert.NotNull(library.Find(id)));
        Assert.All(TestLabs.Lecture.Steps, s => Assert.Equal(s.Definition.Checks.Count, s.Checks.Count));
    }

    [Fact]
    public void Load_HintsWithCode_AreRenderedSafelyInBothLanguages()
    {
        var step = TestLabs.Lecture.Step("create-user-network")!;

        Assert.Contains("<code>docker network create --help</code>", step.HintsHtml[LabLanguage.En][0]);
        Assert.Contains("<code>", step.HintsHtml[LabLanguage.Ko][0]);
    }
}
