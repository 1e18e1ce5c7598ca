using Microsoft.Playwright;
using Preparedness.Web.Features.DemoData;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>Steps the browser tests share.</summary>
internal static class Pages
{
    public static async Task<IPage> NewPageAsync(BrowserFixture browser, AppHost app, int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public static async Task SignInAsync(this IPage page, string userName, string? returnPath = null, string password = DemoAccounts.Password)
    {
        await page.GotoAsync(returnPath ?? "/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Prerendered buttons do nothing until the circuit is up; the layout says when it is.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();
}
