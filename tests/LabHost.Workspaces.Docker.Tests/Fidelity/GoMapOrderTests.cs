namespace LabHost.Workspaces.Docker.Fidelity;

public sealed class GoMapOrderTests
{
    [Fact]
    public void Normalize_LabelsInEitherOrder_AreEqual()
    {
        Assert.Equal(
            GoMapOrder.Normalize("db-net: \nfrontend: chapter=5,project=dockerinaction\n"),
            GoMapOrder.Normalize("db-net: \nfrontend: project=dockerinaction,chapter=5\n"));
    }

    [Fact]
    public void Normalize_DifferentLabels_StayDifferent()
    {
        Assert.NotEqual(GoMapOrder.Normalize("a=1,b=2\n"), GoMapOrder.Normalize("a=1,b=3\n"));
    }
}
