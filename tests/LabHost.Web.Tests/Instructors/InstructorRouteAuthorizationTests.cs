using System.Net;
using LabHost.Web.Instructors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LabHost.Web.Instructors;

/// <summary>
/// Every instructor route, found in the app's endpoint data source (so a new one cannot escape),
/// refuses an anonymous request and a student with a learner cookie: one test case per route and method.
/// </summary>
public sealed class InstructorRouteAuthorizationTests : IClassFixture<InstructorRouteAuthorizationTests.Server>
{
    private static readonly string[] Public = ["/instructor/sign-in"];
    private readonly Server server;

    public InstructorRouteAuthorizationTests(Server server) => this.server = server;

    public static TheoryData<string, string> Routes()
    {
        using var factory = new LabHostFactory();
        var data = new TheoryData<string, string>();
        foreach (var (method, pattern) in InstructorRoutes(factory))
        {
            data.Add(method, pattern);
        }
        return data;
    }

    [Fact]
    public void EndpointDataSource_EveryInstructorRoute_CarriesThePolicy()
    {
        var unprotected = Endpoints(server.Factory)
            .Where(e => IsInstructorRoute(e.RoutePattern.RawText) && !Public.Contains(e.RoutePattern.RawText))
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == InstructorAuth.Policy))
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.Empty(unprotected);
        Assert.True(InstructorRoutes(server.Factory).Count() >= 6);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_Anonymous_IsRefused(string method, string pattern) =>
        AssertRefused(await server.SendAsync(method, pattern, cookie: null), pattern);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_Student_IsRefused(string method, string pattern) =>
        AssertRefused(await server.SendAsync(method, pattern, cookie: await server.StudentCookieAsync()), pattern);

    [Fact]
    public async Task Api_AnonymousFromABrowser_Is401NotAPage()
    {
        var client = server.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/instructor/classes");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void AssertRefused(HttpResponseMessage response, string pattern)
    {
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith(InstructorAuth.SignInPath, response.Headers.Location!.PathAndQuery.Replace("http://localhost", "", StringComparison.Ordinal));
            return;
        }
        // Not 400: a POST carries a valid antiforgery token and form, so only authorization can refuse it.
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"{pattern}: {(int)response.StatusCode}");
    }

    private static bool IsInstructorRoute(string? pattern) =>
        pattern is not null && (pattern.StartsWith("/instructor", StringComparison.Ordinal) || pattern.StartsWith("/api/instructor", StringComparison.Ordinal));

    private static IEnumerable<RouteEndpoint> Endpoints(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static IEnumerable<(string Method, string Pattern)> InstructorRoutes(WebApplicationFactory<Program> factory) =>
        Endpoints(factory)
            .Where(e => IsInstructorRoute(e.RoutePattern.RawText) && !Public.Contains(e.RoutePattern.RawText))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.m, StringComparer.Ordinal);

    public sealed class Server : IAsyncLifetime
    {
        private string? studentCookie;

        public LabHostFactory Factory { get; } = new();

        public async Task<HttpResponseMessage> SendAsync(string method, string pattern, string? cookie)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(pattern, "{[^}]+}", "x");
            var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Accept.ParseAdd(pattern.StartsWith("/api", StringComparison.Ordinal) ? "application/json" : "text/html");
            if (method == "POST")
            {
                // As a browser would post it: the antiforgery cookie and token of a page it opened first.
                var (cookies, token) = await FormTokenAsync(client, cookie);
                cookie = cookies;
                request.Content = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("returnUrl", "/")]);
            }
            if (cookie is not null)
            {
                request.Headers.Add("Cookie", cookie);
            }
            return await client.SendAsync(request);
        }

        private static async Task<(string Cookies, string Token)> FormTokenAsync(HttpClient client, string? cookie)
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, "/join");
            page.Headers.Accept.ParseAdd("text/html");
            if (cookie is not null)
            {
                page.Headers.Add("Cookie", cookie);
            }
            using var response = await client.SendAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
            Assert.NotEmpty(token);
            var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(c => c.Split(';')[0]) : [];
            return (string.Join("; ", (cookie is null ? [] : new[] { cookie }).Concat(set)), token);
        }

        /// <summary>A learner cookie, as a student's browser holds after opening the catalog and joining nothing.</summary>
        public async Task<string> StudentCookieAsync()
        {
            if (studentCookie is null)
            {
                var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
                using var request = new HttpRequestMessage(HttpMethod.Get, "/");
                request.Headers.Accept.ParseAdd("text/html");
                using var response = await client.SendAsync(request);
                studentCookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
                Assert.Contains("lh-learner=", studentCookie, StringComparison.Ordinal);
            }
            return studentCookie;
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
