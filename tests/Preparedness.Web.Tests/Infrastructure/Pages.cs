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

    /// <summary>
    /// The language link loads a new document; until it arrives the old page still says it is interactive.
    /// So wait for the new page's direction first, then for its own circuit: a click on a page that is
    /// only prerendered is lost when the circuit starts on the address it was loaded with.
    /// </summary>
    public static async Task SwitchLanguageAsync(this IPage page, string expectedDir)
    {
        await page.ClickAsync("[data-testid=language-switch]");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", expectedDir);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Prerendered buttons do nothing until the circuit is up; the layout says when it is.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();
}
