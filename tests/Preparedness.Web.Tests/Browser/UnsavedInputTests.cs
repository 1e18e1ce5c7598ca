using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Browser;

/// <summary>What an owner typed and had not saved survives the page reloading (a lost server, a dropped circuit).</summary>
[Collection(AppCollection.Name)]
public sealed class UnsavedInputTests(AppHost app, BrowserFixture browser)
{
    private const string Note = "نصف التحديث: تم فحص المضخات في إسنا";
    private const string KeptDraft = "() => Object.keys(sessionStorage).some(k => k.startsWith('preparedness.draft.'))";
    private const string NoDraft = "() => !Object.keys(sessionStorage).some(k => k.startsWith('preparedness.draft.'))";

    [Fact]
    public async Task A_half_filled_progress_form_is_restored_with_a_notice_after_a_reload_and_cleared_once_saved()
    {
        var taskId = await WaterTaskAsync();
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("water.luxor@preparedness.demo", $"/tasks/{taskId}");
        await page.WaitForInteractiveAsync();
        await page.FillAsync("[data-testid=progress-achieved]", "7");
        await page.FillAsync("[data-testid=progress-note]", Note);
        await page.WaitForFunctionAsync(
            "note => Object.keys(sessionStorage).some(k => k.startsWith('preparedness.draft.') && JSON.parse(sessionStorage.getItem(k)).Note === note)", Note);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("[data-testid=progress-restored]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=progress-note]")).ToHaveValueAsync(Note);
        await Assertions.Expect(page.Locator("[data-testid=progress-achieved]")).ToHaveValueAsync("7");

        await page.ClickAsync("[data-testid=progress-save]");

        await Assertions.Expect(page.Locator("[data-testid=history-entry]").First).ToContainTextAsync(Note);
        await Assertions.Expect(page.Locator("[data-testid=progress-restored]")).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync(NoDraft);
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=progress-note]")).ToHaveValueAsync("");
        Assert.Equal(0, await page.Locator("[data-testid=progress-restored]").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>(KeptDraft));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.TaskHistory.CountAsync(h => h.TaskId == taskId && h.Note == Note));
    }

    /// <summary>An open quantity task of the Luxor water company that the other browser tests leave alone (they take the newest and the one of 150).</summary>
    private async Task<int> WaterTaskAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.Tasks
            .Where(t => t.Organisation!.Code == "water-luxor" && t.Measure == MeasureKind.Quantity && t.Target >= 10 && t.Target != 150
                && (t.Status == TaskStatus.InProgress || t.Status == TaskStatus.NotStarted))
            .OrderBy(t => t.Id)
            .Select(t => t.Id)
            .FirstAsync();
    }
}
