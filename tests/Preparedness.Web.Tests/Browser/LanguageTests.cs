using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed partial class LanguageTests(AppHost app, BrowserFixture browser)
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

    [Fact]
    public async Task The_language_link_returns_to_the_page_reached_inside_the_circuit_not_the_first_one()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("adviser.luxor@preparedness.demo");
        var dir = await page.GetAttributeAsync("html", "dir");
        var other = dir == "rtl" ? "ltr" : "rtl";

        await page.ClickAsync("a[href='tasks']");
        await page.Locator("[data-testid=task-count]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=language-switch]")).ToHaveAttributeAsync("href", ReturnsToTasks());

        await page.SwitchLanguageAsync(other);
        Assert.EndsWith("/tasks", new Uri(page.Url).AbsolutePath);

        // The account's own choice is left as it was found.
        await page.SwitchLanguageAsync(dir!);
    }

    [System.Text.RegularExpressions.GeneratedRegex("returnUrl=%2Ftasks$")]
    private static partial System.Text.RegularExpressions.Regex ReturnsToTasks();
}
