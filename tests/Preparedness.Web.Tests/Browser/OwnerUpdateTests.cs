using Microsoft.EntityFrameworkCore;
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

        // The audit trail says who and from where, though the change came over the interactive circuit.
        var taskId = new Uri(page.Url).Segments[^1];
        var db = app.Services.GetRequiredService<IDbContextFactory<Preparedness.Web.Data.PreparednessDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        var audit = await context.AuditEvents.Where(a => a.EntityType == "task" && a.EntityId == taskId).OrderBy(a => a.Id).LastAsync();
        Assert.Equal(("task.progress", "127.0.0.1"), (audit.Action, audit.IpAddress));
    }

    [Fact]
    public async Task A_head_typing_arabic_indic_digits_on_a_phone_records_the_same_number()
    {
        var (taskId, target) = await WaterQuantityTaskAsync();
        var half = (int)Math.Max(1, Math.Floor(target / 2));
        var arabic = string.Concat(half.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('\u0660' + (d - '0'))));
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("water.luxor@preparedness.demo", $"/tasks/{taskId}");
        await page.WaitForInteractiveAsync();

        await page.FillAsync("[data-testid=progress-achieved]", "");
        await page.Locator("[data-testid=progress-achieved]").PressSequentiallyAsync(arabic);
        await page.ClickAsync("[data-testid=progress-save]");

        await Assertions.Expect(page.Locator("[data-testid=task-progress]")).ToContainTextAsync($"{half} من ");
        var db = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Preparedness.Web.Data.PreparednessDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        Assert.Equal(half, (await context.Tasks.SingleAsync(t => t.Id == taskId)).Achieved);
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

    /// <summary>An open quantity task of the Luxor water company other than the one the phone test above updates.</summary>
    private async Task<(int Id, decimal Target)> WaterQuantityTaskAsync()
    {
        var db = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Preparedness.Web.Data.PreparednessDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        var task = await context.Tasks
            .Where(t => t.Organisation!.Code == "water-luxor" && t.Measure == Web.Features.Tasks.MeasureKind.Quantity && t.Target >= 2 && t.Target != 150
                && (t.Status == Web.Features.Tasks.TaskStatus.InProgress || t.Status == Web.Features.Tasks.TaskStatus.NotStarted))
            .OrderByDescending(t => t.Id)
            .Select(t => new { t.Id, t.Target })
            .FirstAsync();
        return (task.Id, task.Target!.Value);
    }

    private async Task<int> AlexandriaTaskIdAsync()
    {
        var db = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Preparedness.Web.Data.PreparednessDbContext>>();
        await using var context = await db.CreateDbContextAsync();
        var alexandria = context.Governorates.Single(g => g.Code == "alexandria").Id;
        return context.Tasks.Where(t => t.GovernorateId == alexandria).Select(t => t.Id).First();
    }
}
