using Microsoft.Playwright;
using Rasd.Tests.Server;

namespace Rasd.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser) and the real server on loopback,
/// shared by the tests of a class.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string[] LaunchArgs =
    {
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    };

    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    internal ServerHost Server { get; private set; } = null!;

    public static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("RASD_CHROMIUM");
        if (string.IsNullOrEmpty(path)) path = "/usr/bin/chromium";
        if (!File.Exists(path))
            throw new InvalidOperationException($"Chromium not found at {path}: install Debian's chromium (./test does) or set RASD_CHROMIUM");
        return path;
    }

    /// <summary>artifacts/screenshots in the checkout (the folder holding Rasd.slnx), kept by the test run.</summary>
    public static string ScreenshotDir()
    {
        var shots = Path.Combine(RepoRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        return shots;
    }

    public async Task InitializeAsync()
    {
        // Playwright must never fetch a browser of its own.
        Server = await ServerHost.StartAsync();
        (Playwright, Browser) = await LaunchAsync();
    }

    /// <summary>Playwright driving Debian's Chromium with the project's launch arguments.</summary>
    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var pw = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await pw.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = LaunchArgs,
            Timeout = 60_000,
        });
        return (pw, browser);
    }

    public Task<IPage> NewPageAsync() => NewPageAsync(Browser, Server.BaseUrl);

    public static async Task<IPage> NewPageAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "ar",
            BaseURL = baseUrl,
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>The checkout's root (the folder holding Rasd.slnx).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Rasd.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the checkout (Rasd.slnx) above " + AppContext.BaseDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser != null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (Server != null) await Server.DisposeAsync();
    }
}
