using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

/// <summary>
/// The Red Crescent's partner account of Luxor on a phone, in Arabic: it lands on its own tasks, its task list holds
/// exactly its organisation's tasks, it records progress on one, and the governorate's dashboard tells it plainly no.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class PartnerJourneyTests(AppHost app, BrowserFixture browser)
{
    private const string Partner = "redcrescent.luxor@preparedness.demo";

    [Fact]
    public async Task A_partner_sees_only_its_tasks_updates_one_and_is_refused_the_dashboard()
    {
        var own = await OwnTaskIdsAsync();
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);

        await page.SignInAsync(Partner);

        await page.WaitForURLAsync("**/tasks/mine");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("[data-testid=my-task]")).ToHaveCountAsync(own.Count);

        await page.GotoAsync("/tasks?status=all");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=task-table] tbody a[href*='tasks/']")).ToHaveCountAsync(own.Count);
        var listed = await page.Locator("[data-testid=task-table] tbody a[href*='tasks/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(own.Order(), listed.Select(href => int.Parse(TaskId().Match(href).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order());

        await page.GotoAsync("/tasks/mine");
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-testid=bucket-ThisWeek] [data-testid=my-task]").First.ClickAsync();
        await page.WaitForInteractiveAsync();
        await page.FillAsync("[data-testid=progress-note]", "تم تجهيز فريقين للإنقاذ بسيارات دفع رباعي");
        await page.ClickAsync("[data-testid=progress-save]");
        await Assertions.Expect(page.Locator("[data-testid=history-entry]").First).ToContainTextAsync("تم تجهيز فريقين للإنقاذ بسيارات دفع رباعي");

        await page.GotoAsync("/");
        var refusal = page.Locator("[data-testid=refusal]");
        await Assertions.Expect(refusal).ToBeVisibleAsync();
        await Assertions.Expect(refusal).ToContainTextAsync("غير مسموح");
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Preparedness", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=units]").CountAsync());
    }

    /// <summary>Every task of the Red Crescent's Luxor branch in Luxor's current season.</summary>
    private async Task<List<int>> OwnTaskIdsAsync()
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var luxor = await db.Governorates.Where(g => g.Code == "luxor").Select(g => g.Id).SingleAsync();
        var plan = await db.Plans.Where(p => p.GovernorateId == luxor && p.ClosedAt == null).OrderByDescending(p => p.StartsOn).Select(p => p.Id).FirstAsync();
        return await db.Tasks.Where(t => t.PlanId == plan && t.Organisation!.Code == "red-crescent").Select(t => t.Id).ToListAsync();
    }

    [GeneratedRegex(@"tasks/(\d+)")]
    private static partial Regex TaskId();
}
