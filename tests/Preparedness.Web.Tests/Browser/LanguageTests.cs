using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class LanguageTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task Switching_to_english_stays_english_once_interactive_and_is_remembered_for_the_user()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("governor.luxor@preparedness.demo");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));

        await page.SwitchLanguageAsync("ltr");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Luxor Governorate");

        // Navigate inside the live circuit: the page must not flip back to Arabic.
        await page.ClickAsync("a[href='tasks']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Readiness tasks");
        await Assertions.Expect(page.Locator("[data-testid=task-count]")).ToContainTextAsync("tasks");

        var again = await Pages.NewPageAsync(browser, app);
        await again.SignInAsync("governor.luxor@preparedness.demo");
        await Assertions.Expect(again.Locator("h1")).ToHaveTextAsync("Luxor Governorate");
    }
}
