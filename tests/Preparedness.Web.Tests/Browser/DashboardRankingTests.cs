using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed partial class DashboardRankingTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_organisation_table_ranks_by_readiness_and_hides_bodies_without_tasks_and_the_task_list_opens_on_open_work()
    {
        var (organisations, withTasks) = await OrganisationsAsync();
        Assert.True(withTasks < organisations, "the demo data has organisations without tasks");
        var page = await Pages.NewPageAsync(browser, app, width: 1280);
        await page.SignInAsync("sg.alex@preparedness.demo");

        var table = page.Locator("[data-testid=table-organisations]");
        await table.Locator("[data-testid=row-score]").First.WaitForAsync();
        Assert.Equal(withTasks, await table.Locator("tbody tr").CountAsync());
        Assert.DoesNotContain("0", (await table.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync()).Select(c => c.Trim()));
        Assert.True(await table.Locator(".mud-table-container").EvaluateAsync<bool>("c => c.scrollWidth <= c.clientWidth"), "a column is cut off");

        await SortByScoreAsync(table, "asc");
        var ascending = await ScoresAsync(table);
        Assert.Equal(ascending.Order(), ascending);
        await SortByScoreAsync(table, "desc");
        var descending = await ScoresAsync(table);
        Assert.Equal(descending.OrderDescending(), descending);
        Assert.NotEqual(ascending, descending);

        // "All tasks (N)" is every task; the list on its own opens on work still to do.
        var allLink = page.GetByRole(AriaRole.Link, new() { NameRegex = AllTasks() });
        var all = int.Parse(AllTasks().Match(await allLink.InnerTextAsync()).Groups[1].Value);
        await allLink.ClickAsync();
        await page.WaitForURLAsync("**/tasks?status=all");
        await Assertions.Expect(page.Locator("[data-testid=task-count]")).ToContainTextAsync($"{all} مهمة");

        await page.GotoAsync("/tasks");
        await Assertions.Expect(page.Locator("[data-testid=filter-status]")).ToContainTextAsync("الأعمال المفتوحة");
        await page.Locator("[data-testid=task-link]").First.WaitForAsync();
        var open = int.Parse(Digits().Match(await page.InnerTextAsync("[data-testid=task-count]")).Value);
        Assert.InRange(open, 1, all - 1);
        var statuses = await page.Locator("[data-testid=task-table] [data-testid=status-chip]").AllInnerTextsAsync();
        Assert.DoesNotContain(statuses, s => s.Contains("أُبلغ بإنجازها") || s.Contains("تم التحقق"));
    }

    private async Task<(int All, int WithTasks)> OrganisationsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var alexandria = await db.Governorates.Where(g => g.Code == DemoAccounts.Alexandria).Select(g => g.Id).SingleAsync();
        // The dashboard reads the current season; another test may have opened a later one.
        var plan = await db.CurrentPlanIdAsync(alexandria, CairoTime.Today(app.Services.GetRequiredService<TimeProvider>()), default);
        return (await db.Organisations.CountAsync(o => o.GovernorateId == alexandria),
            await db.Tasks.Where(t => t.PlanId == plan).Select(t => t.OrganisationId).Distinct().CountAsync());
    }

    private static async Task SortByScoreAsync(ILocator table, string direction)
    {
        var label = table.Locator("[data-testid=sort-score]");
        await label.ClickAsync();
        await Assertions.Expect(label.Locator(".mud-table-sort-label-icon")).ToHaveClassAsync(new Regex($"mud-direction-{direction}"));
    }

    private static async Task<List<int>> ScoresAsync(ILocator table) =>
        (await table.Locator("[data-testid=row-score]").AllInnerTextsAsync())
            .Select(s => Digits().Match(s) is { Success: true } m ? int.Parse(m.Value) : -1).ToList();

    [GeneratedRegex(@"كل المهام \((\d+)\)")]
    private static partial Regex AllTasks();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
