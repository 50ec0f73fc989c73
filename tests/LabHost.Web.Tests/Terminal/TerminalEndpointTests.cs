using System.Net.WebSockets;

namespace LabHost.Web.Terminal;

public sealed class TerminalEndpointTests : IAsyncLifetime
{
    private readonly LabHostFactory factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task Connect_Owner_GetsTheScreenThenOutputOfTypedCommands()
    {
        var learner = new LearnerClient(factory);
        var workspace = await learner.OpenLabAsync();

        await using var socket = await TerminalSocket.ConnectAsync(factory, workspace, learner.CookieHeader);
        await socket.ReadUntilAsync(":~# ");
        await socket.TypeAsync("docker network ls\r");
        var output = await socket.ReadUntilAsync("none");

        Assert.Contains("NETWORK ID", output);
        Assert.Contains("bridge", output);
    }

    [Fact]
    public async Task Connect_AgainAfterCommands_ReplaysTheScreenFirst()
    {
        var learner = new LearnerClient(factory);
        var workspace = await learner.OpenLabAsync();
        await using (var first = await TerminalSocket.ConnectAsync(factory, workspace, learner.CookieHeader))
        {
            await first.ReadUntilAsync(":~# ");
            await first.TypeAsync("docker network create replay-net\r");
            await first.ReadUntilAsync("replay-net");
        }

        await using var second = await TerminalSocket.ConnectAsync(factory, workspace, learner.CookieHeader);

        Assert.Contains("docker network create replay-net", await second.ReadUntilAsync("replay-net"));
    }

    [Fact]
    public async Task Connect_AnotherLearnersCookie_IsRefusedWith403BeforeTheUpgrade()
    {
        var owner = new LearnerClient(factory);
        var workspace = await owner.OpenLabAsync();
        var intruder = new LearnerClient(factory);
        await intruder.GetPageAsync("/");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => TerminalSocket.ConnectAsync(factory, workspace, intruder.CookieHeader));

        Assert.Contains("403", refused.Message);
    }

    [Fact]
    public async Task Connect_WithoutCookie_IsRefusedWith401()
    {
        var owner = new LearnerClient(factory);
        var workspace = await owner.OpenLabAsync();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => TerminalSocket.ConnectAsync(factory, workspace, cookie: null));

        Assert.Contains("401", refused.Message);
    }

    [Fact]
    public async Task Connect_UnknownWorkspace_IsRefusedWith404()
    {
        var learner = new LearnerClient(factory);
        await learner.GetPageAsync("/");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => TerminalSocket.ConnectAsync(factory, "sim-nope", learner.CookieHeader));

        Assert.Contains("404", refused.Message);
    }

    public static TheoryData<string, byte[], WebSocketMessageType, WebSocketCloseStatus, string> MalformedFrames => new()
    {
        { "text frame", "0ls"u8.ToArray(), WebSocketMessageType.Text, WebSocketCloseStatus.InvalidMessageType, "binary frames only" },
        { "empty frame", [], WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidPayloadData, "empty frame" },
        { "unknown type", "xhello"u8.ToArray(), WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidMessageType, "unknown frame type 0x78" },
        { "output type from the browser", "1hello"u8.ToArray(), WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidMessageType, "unknown frame type 0x31" },
        { "resize not JSON", "2{cols:80"u8.ToArray(), WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidPayloadData, "bad resize" },
        { "resize out of range", "2{\"cols\":0,\"rows\":24}"u8.ToArray(), WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidPayloadData, "bad resize" },
        { "resize of three bytes", [(byte)'2', 0, 80, 0], WebSocketMessageType.Binary, WebSocketCloseStatus.InvalidPayloadData, "bad resize" },
        { "frame too large", [(byte)'0', .. new byte[(1 << 16) + 10]], WebSocketMessageType.Binary, WebSocketCloseStatus.MessageTooBig, "frame larger than" },
    };

    [Theory]
    [MemberData(nameof(MalformedFrames))]
    public async Task Send_MalformedFrame_ClosesWithAClearReasonAndTheServerGoesOn(string name, byte[] frame, WebSocketMessageType kind, WebSocketCloseStatus status, string reason)
    {
        var learner = new LearnerClient(factory);
        var workspace = await learner.OpenLabAsync();
        await using var socket = await TerminalSocket.ConnectAsync(factory, workspace, learner.CookieHeader);
        await socket.ReadUntilAsync(":~# ");

        await socket.SendRawAsync(frame, kind);
        var closed = await socket.ReadCloseAsync();

        Assert.True(closed.Status == status, $"{name}: closed with {closed.Status} '{closed.Reason}'");
        Assert.Contains(reason, closed.Reason);
        await using var again = await TerminalSocket.ConnectAsync(factory, workspace, learner.CookieHeader);
        await again.ReadUntilAsync(":~# ");
    }

    [Theory]
    [InlineData("2{\"cols\":120,\"rows\":40}")]
    [InlineData("binary")]
    public async Task Send_Resize_IsAppliedToTheTerminal(string form)
    {
        var learner = new LearnerClient(factory);
        var workspace = await learner.OpenLabAsync();
        await using var socket = await TerminalSocket.ConnectAsync(factory, workspace, learner.CookieHeader);
        await socket.ReadUntilAsync(":~# ");

        await socket.SendRawAsync(form == "binary" ? [TerminalFrameType.Resize, 0, 120, 0, 40] : System.Text.Encoding.UTF8.GetBytes(form));
        await socket.TypeAsync("echo ok\r");
        await socket.ReadUntilAsync("ok\r\n");

        var live = factory.Services.GetRequiredService<LabHost.Web.Sessions.WorkspaceRegistry>().Find(workspace)!;
        await using var view = await live.OpenTerminalAsync(CancellationToken.None);
        Assert.Equal((120, 40), (view.Columns, view.Rows));
    }
}
