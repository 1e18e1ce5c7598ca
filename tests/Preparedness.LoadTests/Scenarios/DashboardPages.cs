using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>
/// Live dashboards (Blazor circuits) in one headless Debian Chromium, one signed-in context, one tab
/// per circuit. Each tab notes, by the browser's clock, when a change's marker appears in its banner.
/// </summary>
internal sealed class DashboardPages : IAsyncDisposable
{
    private const int BatchSize = 5;
    private const float PageLimitMs = 90_000;

    // Runs in each tab once it is interactive. The time is taken first, in the observer callback that
    // follows Blazor's DOM update; performance.timeOrigin + now() is wall-clock ms like the tool's.
    private const string ObserverScript = """
        pattern => {
          const re = new RegExp(pattern);
          const seen = {};
          window.__loadSeen = seen;
          const check = () => {
            const t = performance.timeOrigin + performance.now();
            const banner = document.querySelector('[data-testid=live-change]');
            const m = banner && re.exec(banner.textContent || '');
            if (m && !(m[1] in seen)) seen[m[1]] = t;
          };
          new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
          return true;
        }
        """;

    // The dashboard's "glow" is a 3 s background-colour animation on up to five elements per change: at
    // one change a second every tab repaints continuously, which is the browser's cost, not the app's.
    private const string NoAnimations = "*, *::before, *::after { animation: none !important; transition: none !important; }";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IBrowserContext context;
    private readonly List<IPage> pages = [];

    private readonly bool animations;

    private DashboardPages(IPlaywright playwright, IBrowser browser, IBrowserContext context, bool animations)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        this.animations = animations;
    }

    public IReadOnlyList<IPage> Pages => pages;

    public int Failed { get; private set; }

    public string? FirstError { get; private set; }

    public static async Task<DashboardPages> LaunchAsync(Uri baseAddress, CookieContainer cookies, bool animations)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            // Playwright's own browser download cannot work here; Debian's Chromium can.
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                ],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = baseAddress.ToString(),
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            await context.AddCookiesAsync(cookies.GetCookies(baseAddress).Select(c => new Microsoft.Playwright.Cookie
            {
                Name = c.Name,
                Value = c.Value,
                Url = baseAddress.GetLeftPart(UriPartial.Authority),
                HttpOnly = c.HttpOnly,
            }));
            return new DashboardPages(playwright, browser, context, animations);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens <paramref name="count"/> dashboards in small parallel batches; stops early if they keep failing.</summary>
    public async Task OpenAsync(int count, string markerPattern, CancellationToken ct)
    {
        for (var first = 0; first < count && !ct.IsCancellationRequested; first += BatchSize)
        {
            var opened = await Task.WhenAll(Enumerable.Range(first, Math.Min(BatchSize, count - first)).Select(_ => OpenOneAsync(markerPattern)));
            pages.AddRange(opened.OfType<IPage>());
            if (Failed >= 10 && Failed > pages.Count)
            {
                // More failures than successes: the machine (or the app) is saturated; measure what is open.
                break;
            }
        }
    }

    /// <summary>When each tab saw each change, by sequence number (wall-clock Unix ms).</summary>
    public async Task<List<Dictionary<int, double>>> CollectAsync()
    {
        var result = new List<Dictionary<int, double>>(pages.Count);
        foreach (var page in pages)
        {
            try
            {
                var seen = await page.EvaluateAsync<Dictionary<string, double>>("() => window.__loadSeen");
                result.Add(seen.ToDictionary(kv => int.Parse(kv.Key, NumberStyles.None, CultureInfo.InvariantCulture), kv => kv.Value));
            }
            catch (PlaywrightException)
            {
                // A crashed tab: all of its changes count as missing.
                result.Add([]);
            }
        }

        return result;
    }

    /// <summary>How many tabs have seen the change with sequence number <paramref name="sequence"/>.</summary>
    public async Task<int> CountSeenAsync(int sequence)
    {
        var key = sequence.ToString("D5", CultureInfo.InvariantCulture);
        var seen = await Task.WhenAll(pages.Select(async page =>
        {
            try
            {
                return await page.EvaluateAsync<bool>("key => key in window.__loadSeen", key);
            }
            catch (PlaywrightException)
            {
                return false;
            }
        }));
        return seen.Count(s => s);
    }

    public async Task CloseAllAsync()
    {
        foreach (var page in pages)
        {
            try
            {
                await page.CloseAsync();
            }
            catch (PlaywrightException)
            {
            }
        }

        pages.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await context.CloseAsync();
            await browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser may already be gone; the driver's disposal below ends it in any case.
        }

        playwright.Dispose();
    }

    private async Task<IPage?> OpenOneAsync(string markerPattern)
    {
        IPage? page = null;
        try
        {
            page = await context.NewPageAsync();
            page.SetDefaultTimeout(PageLimitMs);
            await page.GotoAsync("/");
            // Prerendered HTML arrives first; updates flow only once the circuit is up.
            await page.Locator("[data-interactive=true]").WaitForAsync();
            if (!animations)
            {
                await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = NoAnimations });
            }

            await page.EvaluateAsync<bool>(ObserverScript, markerPattern);
            return page;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            lock (pages)
            {
                Failed++;
                FirstError ??= ex.Message.Split('\n')[0];
            }

            if (page is not null)
            {
                try
                {
                    await page.CloseAsync();
                }
                catch (PlaywrightException)
                {
                }
            }

            return null;
        }
    }
}
