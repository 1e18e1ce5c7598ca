using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class OwnerUpdateTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task Water_company_head_records_progress_on_a_phone_and_sees_it_in_the_history()
    {
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("water.luxor@preparedness.demo", "/tasks/mine");

        await Assertions.Expect(page.Locator("[data-testid=bucket-PastDue] [data-testid=my-task]")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=bucket-ThisWeek] [data-testid=my-task]")).Not.ToHaveCountAsync(0);
        await page.Locator("[data-testid=my-task]", new() { HasText = "من 150" }).First.ClickAsync();
        await page.WaitForInteractiveAsync();

        await page.FillAsync("[data-testid=progress-achieved]", "120");
        await page.FillAsync("[data-testid=progress-note]", "تم تطهير 120 بالوعة في حي الكرنك");
        await page.ClickAsync("[data-testid=progress-save]");

        var latest = page.Locator("[data-testid=history-entry]").First;
        await Assertions.Expect(latest).ToContainTextAsync("تم تطهير 120 بالوعة في حي الكرنك");
        await Assertions.Expect(latest).ToContainTextAsync("120");
        await Assertions.Expect(page.Locator("[data-testid=task-progress]")).ToContainTextAsync("120 من 150");
    }

    [Fact]
    public async Task A_head_opening_another_governorates_task_by_address_sees_nothing_of_it()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("esna.luxor@preparedness.demo");
        var alexandriaTaskId = await AlexandriaTaskIdAsync();

        await page.GotoAsync($"/tasks/{alexandriaTaskId}");

        await Assertions.Expect(page.Locator("[data-testid=task-not-found]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=progress-form]").CountAsync());
    }

    private async Task<int> AlexandriaTaskIdAsync()
    {
        var db = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.PreparednessDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        var alexandria = context.Governorates.Single(g => g.Code == "alexandria").Id;
        return context.Tasks.Where(t => t.GovernorateId == alexandria).Select(t => t.Id).First();
    }
}
