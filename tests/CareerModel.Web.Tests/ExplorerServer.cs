using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareerModel.Web.Tests;

/// <summary>
/// The web sample served for real (Kestrel on a free loopback port, the page from the sample's own
/// wwwroot) and one headless Debian Chromium, shared by a test class: a launch costs ~2 s.
/// </summary>
public sealed class ExplorerServer : IAsyncLifetime
{
    /// <summary>Debian's chromium package; Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>Gets the address the app listens on, such as <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Gets the browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = CareerExplorerApp.Build(
            ["--urls=http://127.0.0.1:0", $"--contentRoot={Repository.WebSample}"],
            services => services.AddSingleton<NodaTime.IClock>(TestDay.Clock()));
        await _app.StartAsync();
        Address = new Uri(_app.Urls.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    /// <summary>Opens the explorer in a new page of its own and waits until it has drawn the first answer.</summary>
    public async Task<IPage> OpenExplorerAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        await page.GotoAsync(Address.ToString());
        await Assertions.Expect(page.Locator("#gaps")).ToBeVisibleAsync();
        Assert.Empty(errors);
        return page;
    }
}
