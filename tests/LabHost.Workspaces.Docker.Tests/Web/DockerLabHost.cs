using LabHost.Web.Terminal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace LabHost.Workspaces.Docker.Web;

/// <summary>
/// The web app in memory with <c>Workspaces:Provider=Docker</c> on the tests' own host engine (as
/// <c>Workspaces:Docker</c> configuration, the way an operator sets it), on a data folder of its
/// own; given a clock, the app (and so the provider's idle and lifetime timers) runs on it.
/// </summary>
internal sealed class DockerLabHost(HostEngine engine, TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    private readonly string data = Directory.CreateTempSubdirectory("labhost-web-docker-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var options = engine.Options();
        builder.UseEnvironment("Testing");
        builder.UseSetting("LabHost:DataDirectory", data);
        builder.UseSetting("Workspaces:Provider", "Docker");
        builder.UseSetting("Workspaces:Docker:Endpoint", options.Endpoint.ToString());
        builder.UseSetting("Workspaces:Docker:StateDirectory", options.StateDirectory);
        builder.UseSetting("Workspaces:Docker:Instance", options.Instance);
        builder.UseSetting("Workspaces:Docker:MemoryBytes", options.MemoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Workspaces:Docker:PidsLimit", options.PidsLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Workspaces:Docker:Dns:0", options.Dns[0]);
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold its file a moment longer; the temp folder is the OS's to clean.
        }
    }

    /// <summary>Opens the lab page as a new learner (prerendering starts the workspace); returns the learner's cookie header and the workspace id.</summary>
    public async Task<(string Cookie, string WorkspaceId)> OpenLabAsync(string language, string labId = "docker-networking")
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/labs/" + labId);
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.AcceptLanguage.ParseAdd(language);
        client.Timeout = TimeSpan.FromMinutes(3);
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var cookies = SetCookieHeaderValue.ParseList(response.Headers.GetValues("Set-Cookie").ToList());
        var id = System.Text.RegularExpressions.Regex.Match(html, "data-workspace=\"([^\"]+)\"");
        Assert.True(id.Success, "no workspace on the lab page:\n" + html);
        return (string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")), id.Groups[1].Value);
    }

    public async Task<LabTerminal> ConnectAsync(string cookie, string workspaceId, string language)
    {
        var client = Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Cookie = cookie;
            request.Headers.AcceptLanguage = language;
        };
        var socket = await client.ConnectAsync(new Uri(Server.BaseAddress, TerminalEndpoint.Path.TrimStart('/') + "/" + workspaceId), CancellationToken.None);
        return new LabTerminal(socket);
    }
}
