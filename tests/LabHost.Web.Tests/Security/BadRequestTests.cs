using System.Net;

namespace LabHost.Web.Security;

/// <summary>
/// Form posts that are malformed (a field missing, no antiforgery token) are refused with 400 and
/// no stack trace, in the README's Development environment as in production.
/// </summary>
public sealed class BadRequestTests
{
    [Theory]
    [InlineData("Development", "/join", "code=ABCD2345")]
    [InlineData("Development", "/instructor/sign-in", "email=a@example.org")]
    [InlineData("Production", "/join", "name=x")]
    [InlineData("Production", "/instructor/sign-in", "")]
    public async Task Post_FieldMissingOrNoToken_Is400WithoutAStack(string environment, string path, string form)
    {
        await using var factory = new LabHostFactory { Environment = environment };
        var learner = new LearnerClient(factory);
        var page = await learner.GetPageAsync("/join");

        using var withToken = await learner.PostFormAsync(path, page, Fields(form));
        using var withoutToken = await factory.CreateClient().PostAsync(path, new FormUrlEncodedContent(Fields(form).Select(f => KeyValuePair.Create(f.Name, f.Value))));

        foreach (var response in new[] { withToken, withoutToken })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }
    }

    private static (string Name, string Value)[] Fields(string form) =>
        form.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=')).Select(p => (p[0], p[1])).ToArray();
}
