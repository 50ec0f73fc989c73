using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LabHost.Web.EndToEnd;

/// <summary>What a student does on the lab page, for any test that walks it: the terminal, typing into it, a step turning done.</summary>
internal static class LabPage
{
    public static ILocator TerminalRows(IPage page) => page.Locator(".terminal-host .xterm-rows");

    public static async Task WaitForPromptAsync(IPage page, string text) =>
        await Expect(TerminalRows(page)).ToContainTextAsync(text, new() { Timeout = 15_000 });

    /// <summary>Types into the terminal key by key, then Enter.</summary>
    public static async Task TypeAsync(IPage page, string command)
    {
        await page.Locator(".terminal-host .xterm").ClickAsync();
        await page.Keyboard.TypeAsync(command, new KeyboardTypeOptions { Delay = 5 });
        await page.Keyboard.PressAsync("Enter");
    }

    public static async Task StepDoneAsync(IPage page, string step) =>
        await Expect(page.Locator($"li[data-step='{step}']")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 15_000 });

    /// <summary>Debian's Chromium, headless, as CI runs it.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
}
