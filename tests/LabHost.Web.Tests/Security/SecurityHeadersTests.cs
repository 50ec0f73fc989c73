namespace LabHost.Web.Security;

public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly LabHostFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/labs/docker-networking")]
    [InlineData("/favicon.svg")]
    public async Task Get_AnyResponse_CarriesTheCspAndTheOtherHeaders(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Get_Pages_HaveNoInlineScript()
    {
        var page = await new LearnerClient(factory).GetPageAsync("/labs/docker-networking");

        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", page);
    }
}
