using Bunit;
using LabHost.Web.Localization;
using Microsoft.JSInterop;

namespace LabHost.Web.Components.Terminal;

public class TerminalViewTests : BunitContext
{
    private const string ModulePath = "./Components/Terminal/TerminalView.razor.js";

    public TerminalViewTests() => JSInterop.Mode = JSRuntimeMode.Strict;

    [Fact]
    public void Render_ImportsItsModuleAndOpensTheWorkspacesSocketPath()
    {
        var module = JSInterop.SetupModule(ModulePath);
        var open = module.SetupModule(invocation => invocation.Identifier == "open");

        Render<TerminalView>(p => p.Add(c => c.WorkspaceId, "sim-abc").Add(c => c.Text, UiText.English));

        var call = module.VerifyInvoke("open");
        Assert.Equal("/terminal/sim-abc", call.Arguments[1]);
        Assert.IsType<DotNetObjectReference<TerminalView>>(call.Arguments[2]);
        Assert.NotNull(open);
    }

    [Fact]
    public void OnStatus_Closed_ShowsTheReasonInTheUiLanguage()
    {
        var module = JSInterop.SetupModule(ModulePath);
        module.SetupModule(invocation => invocation.Identifier == "open");
        var view = Render<TerminalView>(p => p.Add(c => c.WorkspaceId, "sim-abc").Add(c => c.Text, UiText.Korean));
        Assert.Equal(UiText.Korean.Connecting, view.Find("[data-testid=terminal-status]").TextContent);

        view.InvokeAsync(() => view.Instance.OnStatus("closed", "bad resize"));

        Assert.Equal(UiText.Korean.Disconnected + " (bad resize)", view.Find("[data-testid=terminal-status]").TextContent);
    }

    [Fact]
    public async Task OnStatus_Unavailable_SaysTheMachineStoppedAndReconnectAsyncReopens()
    {
        var module = JSInterop.SetupModule(ModulePath);
        var terminal = module.SetupModule(invocation => invocation.Identifier == "open");
        terminal.SetupVoid("reconnect").SetVoidResult();
        var view = Render<TerminalView>(p => p.Add(c => c.WorkspaceId, "sim-abc").Add(c => c.Text, UiText.Korean));

        await view.InvokeAsync(() => view.Instance.OnStatus("unavailable", null));
        Assert.Equal(UiText.Korean.TerminalStopped, view.Find("[data-testid=terminal-status]").TextContent);
        await view.InvokeAsync(view.Instance.ReconnectAsync);

        terminal.VerifyInvoke("reconnect");
    }

    [Fact]
    public async Task DisposeAsync_DisposesTheTerminalAndTheModule()
    {
        var module = JSInterop.SetupModule(ModulePath);
        var terminal = module.SetupModule(invocation => invocation.Identifier == "open");
        terminal.SetupVoid("dispose").SetVoidResult();
        Render<TerminalView>(p => p.Add(c => c.WorkspaceId, "sim-abc").Add(c => c.Text, UiText.English));

        await DisposeComponentsAsync();

        terminal.VerifyInvoke("dispose");
    }
}
