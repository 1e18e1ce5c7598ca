using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class StructureAdministrationTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_secretary_general_adds_a_village_in_arabic_and_it_appears_in_the_list()
    {
        var code = $"village-{Guid.NewGuid():N}"[..20];
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("sg.luxor@preparedness.demo", "/admin/structure");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        await page.ClickAsync("[data-testid=new-unit]");
        await page.FillAsync("#structure-code", code);
        await page.FillAsync("#structure-name-ar", "قرية الطود الجديدة");
        await page.FillAsync("#structure-name-en", "New El-Tod village");
        await page.ClickAsync("[data-testid=unit-kind]");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "قرية" }).First.ClickAsync();
        await page.ClickAsync("[data-testid=save-structure]");

        await Assertions.Expect(page.Locator("[data-testid=unit-dialog]")).ToHaveCountAsync(0);
        var row = page.Locator("[data-testid=unit-table] tr", new() { HasText = code });
        await Assertions.Expect(row.Locator("[data-testid=unit-name]")).ToHaveTextAsync("قرية الطود الجديدة");
        await Assertions.Expect(row).ToContainTextAsync("قرية");
    }
}
