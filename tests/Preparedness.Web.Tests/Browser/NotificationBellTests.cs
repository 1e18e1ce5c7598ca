using System.Globalization;
using System.Text.RegularExpressions;
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
        // Other notifications may reach this owner meanwhile (the demo's overdue work is chased by the jobs), so
        // the test waits for the count to rise and then finds the reminder by its words, not by arithmetic.
        await Assertions.Expect(bell).Not.ToHaveAttributeAsync("data-unread", unreadBefore.ToString(CultureInfo.InvariantCulture));
        await bell.Locator("button").ClickAsync();
        var reminder = owner.Locator("[data-testid=bell-item]", new() { HasText = "تذكير من السكرتير العام لمحافظة الأقصر" }).First;
        await Assertions.Expect(reminder).ToHaveClassAsync(new Regex(@"\bunread\b"));
        await secretariat.ClickAsync("[data-testid=remind-now]");

        await Assertions.Expect(secretariat.Locator(".mud-snackbar").Last).ToContainTextAsync("أُرسل تذكير خلال الساعة الماضية");
        await reminder.ClickAsync();
        await owner.WaitForURLAsync($"**/tasks/{task.Id}");
        await bell.Locator("button").ClickAsync();
        await Assertions.Expect(owner.Locator("[data-testid=bell-item]", new() { HasText = "تذكير من السكرتير العام لمحافظة الأقصر" }).First)
            .Not.ToHaveClassAsync(new Regex(@"\bunread\b"));
    }
}
