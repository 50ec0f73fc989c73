using System.Net.WebSockets;
using System.Text;
using LabHost.Web.Sessions;
using LabHost.Workspaces;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace LabHost.Web.Terminal;

/// <summary>The terminal socket on a workspace whose machine is gone: a notice in the learner's language, a clean close, and the server goes on.</summary>
public sealed class TerminalEndpointFaultTests : IAsyncLifetime
{
    private readonly FaultyWorkspaceProvider provider = new();
    private readonly LabHostFactory host = new();
    private WebApplicationFactory<Program> web = null!;

    public Task InitializeAsync()
    {
        web = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IWorkspaceProvider>(provider)));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task Input_MachineGone_SendsANoticeInTheLearnersLanguageAndClosesWith4000(string language)
    {
        var victim = new LearnerClient(web);
        var victimId = await victim.OpenLabAsync();
        var bystander = new LearnerClient(web);
        var bystanderId = await bystander.OpenLabAsync();
        using var socket = await ConnectAsync(victim, victimId, language);
        await using var other = await TerminalSocket.ConnectAsync(web, bystanderId, bystander.CookieHeader);
        await other.ReadUntilAsync(":~# ");

        provider[victimId].Kill();
        await SendInputAsync(socket, "ls\r");

        var (notices, status) = await ReadToCloseAsync(socket);
        Assert.Equal(FaultyWorkspace.Stopped.For(language), notices);
        Assert.Equal((WebSocketCloseStatus)TerminalFrameType.WorkspaceUnavailableClose, status);
        Assert.Same(FaultyWorkspace.Stopped, web.Services.GetRequiredService<WorkspaceRegistry>().Find(victimId)!.Unavailable);
        await other.TypeAsync("docker network create still-serving\r");
        Assert.Contains("still-serving", await other.ReadUntilAsync("still-serving"));
    }

    [Fact]
    public async Task Connect_MachineAlreadyGone_SendsTheNoticeAtOnceAndResetLetsItConnectAgain()
    {
        var learner = new LearnerClient(web);
        var id = await learner.OpenLabAsync();
        var live = web.Services.GetRequiredService<WorkspaceRegistry>().Find(id)!;
        provider[id].Kill();
        await Assert.ThrowsAsync<WorkspaceUnavailableException>(() => live.CheckAsync());

        using (var socket = await ConnectAsync(learner, id, "ko"))
        {
            Assert.Equal((FaultyWorkspace.Stopped.Korean, (WebSocketCloseStatus)4000), await ReadToCloseAsync(socket));
        }

        await live.ResetAsync();
        await using var again = await TerminalSocket.ConnectAsync(web, id, learner.CookieHeader);
        await again.TypeAsync("echo back\r");
        Assert.Contains("back\r\n", await again.ReadUntilAsync("back\r\n"));
    }

    private async Task<WebSocket> ConnectAsync(LearnerClient learner, string workspaceId, string language)
    {
        var client = web.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Cookie = learner.CookieHeader;
            request.Headers.AcceptLanguage = language;
        };
        return await client.ConnectAsync(new Uri(web.Server.BaseAddress, "terminal/" + workspaceId), CancellationToken.None);
    }

    private static Task SendInputAsync(WebSocket socket, string text) =>
        socket.SendAsync((byte[])[TerminalFrameType.Input, .. Encoding.UTF8.GetBytes(text)], WebSocketMessageType.Binary, true, CancellationToken.None);

    /// <summary>Reads until the server's close (answering it, as a browser does); returns the notice frames' text and the close status.</summary>
    private static async Task<(string Notices, WebSocketCloseStatus? Status)> ReadToCloseAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var notices = new StringBuilder();
        var buffer = new byte[1 << 16];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                return (notices.ToString(), result.CloseStatus);
            }
            if (buffer[0] == TerminalFrameType.Notice)
            {
                notices.Append(Encoding.UTF8.GetString(buffer, 1, result.Count - 1));
            }
        }
    }
}
