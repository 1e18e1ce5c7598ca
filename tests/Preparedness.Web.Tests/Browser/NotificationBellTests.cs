using System.Globalization;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class NotificationBellTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_reminds_from_the_task_page_and_the_owners_bell_shows_it_without_a_reload()
    {
        var (task, _) = await DemoChanges.OpenTaskAsync(app.Services, "luxor", "lx-esna");
        var owner = await Pages.NewPageAsync(browser, app);
        await owner.SignInAsync("esna.luxor@preparedness.demo", "/tasks/mine");
        var bell = owner.Locator("[data-testid=bell]");
        var unreadBefore = int.Parse(await bell.GetAttributeAsync("data-unread") ?? "0", CultureInfo.InvariantCulture);
        var secretariat = await Pages.NewPageAsync(browser, app);
        await secretariat.SignInAsync("sg.luxor@preparedness.demo", $"/tasks/{task.Id}");

        await secretariat.ClickAsync("[data-testid=remind-now]");
        await Assertions.Expect(secretariat.Locator(".mud-snackbar")).ToContainTextAsync("تم إرسال التذكير");
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", (unreadBefore + 1).ToString(CultureInfo.InvariantCulture));
        await bell.Locator("button").ClickAsync();
        await Assertions.Expect(owner.Locator("[data-testid=bell-item]").First).ToContainTextAsync("تذكير من السكرتير العام لمحافظة الأقصر");
        await secretariat.ClickAsync("[data-testid=remind-now]");

        await Assertions.Expect(secretariat.Locator(".mud-snackbar").Last).ToContainTextAsync("أُرسل تذكير خلال الساعة الماضية");
        await owner.Locator("[data-testid=bell-item]").First.ClickAsync();
        await owner.WaitForURLAsync($"**/tasks/{task.Id}");
        await Assertions.Expect(bell).ToHaveAttributeAsync("data-unread", unreadBefore.ToString(CultureInfo.InvariantCulture));
    }
}
