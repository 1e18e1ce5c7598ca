using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class SeasonsPageTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_secretary_general_opens_a_season_from_the_library_in_arabic_and_reads_its_tasks()
    {
        // A season far ahead: the demo's current season stays current for the other browser tests.
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("sg.alex@preparedness.demo", "/seasons");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        await page.FillAsync("[data-testid=season-name-ar]", "خطة الشتاء 2031/32");
        await page.FillAsync("[data-testid=season-name-en]", "Winter 2031/32");
        await page.FillAsync("[data-testid=season-starts]", "2031-10-01");
        await page.FillAsync("[data-testid=season-ends]", "2032-03-31");
        await page.ClickAsync("[data-testid=season-item-T20]");
        await page.ClickAsync("[data-testid=season-open]");

        // Opening writes the season and its tasks in one transaction; a loaded machine may take a while.

        var season = page.Locator("[data-testid^=season-]", new() { HasText = "خطة الشتاء 2031/32" }).Filter(new() { Has = page.Locator("[data-testid=season-status]") });
        await Assertions.Expect(season.Locator("[data-testid=season-status]")).ToHaveTextAsync("مفتوح", new() { Timeout = 15_000 });
        await season.Locator("[data-testid=season-tasks]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=season-notice]")).ToContainTextAsync("خطة الشتاء 2031/32");
        await Assertions.Expect(page.Locator("table tbody tr").First).ToContainTextAsync("تطهير الشنايش ومطابق الأمطار");
    }
}
