using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class AuditWordsBrowserTests(AppHost app, BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_audit_trail_reads_in_arabic_words_not_codes(int width, int height)
    {
        var page = await Pages.NewPageAsync(browser, app, width, height);
        await page.SignInAsync("sg.luxor@preparedness.demo", "/audit");
        await StartATaskAsync($"فحص الطرق {width}");

        await page.GotoAsync("/audit?action=task.");
        await page.WaitForInteractiveAsync();

        var actions = page.Locator("[data-testid=audit-action]");
        await Assertions.Expect(actions.First).ToHaveTextAsync("سجّل التقدم");
        Assert.DoesNotContain(await actions.AllInnerTextsAsync(), text => text.StartsWith("task.", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=audit-change]").First).ToContainTextAsync("الحالة: ");
        await Assertions.Expect(page.Locator("[data-testid=audit-change]").First).ToContainTextAsync("← قيد التنفيذ");
        await Screenshots.TakeBothAsync(page, "audit");
    }

    /// <summary>A head moves a task that was not started to "in progress": the audit trail's newest task event.</summary>
    private async Task StartATaskAsync(string note)
    {
        var luxor = await DemoChanges.GovernorateIdAsync(app.Services, "luxor");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var task = await db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatus.NotStarted && t.GovernorateId == luxor && t.Measure == MeasureKind.DoneOrNot)
            .OrderBy(t => t.Id).FirstAsync();
        var head = new Actor("test-head", "Head", Roles.OrganisationHead, task.GovernorateId, task.OrganisationId);
        var result = await app.Services.GetRequiredService<ProgressService>().UpdateAsync(head, task.Id, new ProgressUpdate(TaskStatus.InProgress, null, null, note, task.Version));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
    }
}
