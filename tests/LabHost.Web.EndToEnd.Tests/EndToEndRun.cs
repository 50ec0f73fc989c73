using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LabHost.Web.EndToEnd;

/// <summary>
/// One test's Chromium and LabHost.Web process on a data folder of its own. Pages it opens report
/// console errors and page errors into <see cref="BrowserErrors"/>. Disposing writes the server's
/// log to the test output, stops both and removes the folder.
/// </summary>
internal sealed class EndToEndRun(ITestOutputHelper output, string folderPrefix) : IAsyncDisposable
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private ServerProcess? server;

    public static bool HasChromium => File.Exists(ChromiumFactAttribute.ChromiumPath);

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory(folderPrefix).FullName;

    public List<string> BrowserErrors { get; } = [];

    public IBrowser Browser => browser ?? throw new InvalidOperationException("StartBrowserAsync first");

    public ServerProcess Server => server ?? throw new InvalidOperationException("StartServerAsync first");

    public async Task StartBrowserAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await LabPage.LaunchChromiumAsync(playwright);
    }

    /// <summary>Starts the server; when one runs already, stops it first (a restart on the same SQLite file and cookie keys).</summary>
    public async Task StartServerAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        server = await ServerProcess.StartAsync(DataDirectory);
    }

    /// <summary>A page in a browser context of its own (its own cookies: another person), watched for errors.</summary>
    public async Task<IPage> NewPageAsync(string locale)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1440, Height = 960 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                BrowserErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => BrowserErrors.Add(error);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            output.WriteLine(server.Log);
            await server.DisposeAsync();
        }
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleaning.
        }
    }
}
