using System.Text;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class TaskExportLinkTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_export_buttons_carry_the_current_filter_and_download_the_file()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("governor.luxor@preparedness.demo", "/tasks?overdue=true");
        await Assertions.Expect(page.Locator("[data-testid=export-csv]")).ToHaveAttributeAsync("href", "export/tasks.csv?overdue=true");
        await Assertions.Expect(page.Locator("[data-testid=export-xlsx]")).ToHaveAttributeAsync("href", "export/tasks.xlsx?overdue=true");

        // A filter changed on the page (here: cleared) moves the address, and the links follow it.
        await page.GetByRole(AriaRole.Button, new() { Name = "مسح عوامل التصفية" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=export-csv]")).ToHaveAttributeAsync("href", "export/tasks.csv");
        Assert.EndsWith("/tasks", page.Url);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-csv]"));
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await download.PathAsync())!));

        Assert.Matches(@"^tasks-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        Assert.StartsWith("\uFEFFid,", text);
        Assert.EndsWith("/tasks", page.Url);
    }
}
