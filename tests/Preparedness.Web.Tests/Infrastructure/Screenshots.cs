using Microsoft.Playwright;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// What the browser tests saw, kept as pictures when PREPAREDNESS_SCREENSHOTS names a folder (to look at a
/// screen as its user would, in Arabic and in English); otherwise nothing. The tests assert the same either way.
/// </summary>
internal static class Screenshots
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("PREPAREDNESS_SCREENSHOTS");

    /// <summary>
    /// Arabic as the page is, then English: the language link, <paramref name="show"/> to bring the screen
    /// back (open a menu or a dialog), and back to Arabic, since the choice is kept on the account.
    /// </summary>
    public static async Task TakeBothAsync(IPage page, string name, Func<IPage, Task>? show = null)
    {
        if (string.IsNullOrEmpty(Folder))
        {
            return;
        }

        await TakeAsync(page, $"{name}-ar");
        await page.Keyboard.PressAsync("Escape");
        await page.SwitchLanguageAsync("ltr");
        if (show is not null)
        {
            await show(page);
        }

        await TakeAsync(page, $"{name}-en");
        await page.Keyboard.PressAsync("Escape");
        await page.SwitchLanguageAsync("rtl");
    }

    /// <summary>In the page's language only: for a screen whose state a reload would lose (a form being filled).</summary>
    public static async Task TakeAsync(IPage page, string name)
    {
        if (string.IsNullOrEmpty(Folder))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        var width = page.ViewportSize?.Width ?? 0;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder!, $"{name}-{width}.png"), FullPage = true });
    }
}
