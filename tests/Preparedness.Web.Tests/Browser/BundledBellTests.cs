using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class BundledBellTests(AppHost app, BrowserFixture browser)
{
    [Theory]
    [InlineData("dir-vet", 1280, 900)]
    [InlineData("dir-youth", 390, 844)]
    public async Task The_secretariat_hears_of_an_organisations_late_tasks_in_one_notification(string organisationCode, int width, int height)
    {
        // Today's sweep has already told the secretariat of the demo data's late organisations (ten or so,
        // more than the bell's eight): the next sweep brings only what these new late tasks add.
        var sweep = app.Services.GetRequiredService<SendRemindersJob>();
        await sweep.ExecuteAsync(CancellationToken.None);
        var (organisation, titles) = await AddLateTasksAsync(organisationCode, width, 3);
        var since = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        await sweep.ExecuteAsync(CancellationToken.None);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var secretary = await db.Users.Where(u => u.UserName == "sg.luxor@preparedness.demo").Select(u => u.Id).SingleAsync();
        var escalations = await db.Notifications.Where(n => n.RecipientUserId == secretary && n.CreatedAt >= since)
            .Join(db.ReminderOccurrences.Where(o => o.Kind == ReminderKind.Escalation), n => n.OccurrenceId, o => o.Id, (n, o) => new { o.OrganisationId, o.Payload })
            .ToListAsync();
        Assert.Equal(escalations.Count, escalations.Select(e => e.OrganisationId).Distinct().Count());
        var bundle = Assert.Single(escalations, e => e.OrganisationId == organisation.Id);
        Assert.Superset(titles.ToHashSet(), BundlePayload.TasksOf(bundle.Payload).Select(t => t.TitleAr).ToHashSet());

        var page = await Pages.NewPageAsync(browser, app, width, height);
        await page.SignInAsync("sg.luxor@preparedness.demo", "/notifications");
        var card = page.Locator("[data-testid=notification]", new() { HasText = organisation.NameAr });
        await Assertions.Expect(card).ToHaveCountAsync(1);
        await Assertions.Expect(card).ToContainTextAsync("تصعيد: لدى");
        foreach (var title in titles)
        {
            await Assertions.Expect(card).ToContainTextAsync(title);
        }

        await page.Locator("[data-testid=bell] button").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=bell-item]", new() { HasText = organisation.NameAr })).ToHaveCountAsync(1);
        await Screenshots.TakeBothAsync(page, "bell", p => p.Locator("[data-testid=bell] button").First.ClickAsync());
    }

    private async Task<(Preparedness.Web.Features.Organisations.Organisation Organisation, List<string> Titles)> AddLateTasksAsync(string code, int run, int count)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var organisation = await db.Organisations.Include(o => o.Governorate).SingleAsync(o => o.Code == code && o.Governorate!.Code == "luxor");
        var template = await db.Tasks.AsNoTracking().Where(t => t.GovernorateId == organisation.GovernorateId).OrderByDescending(t => t.PlanId).FirstAsync();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = Preparedness.Web.Features.Localization.CairoTime.Today(clock);
        var titles = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var task = new ReadinessTask
            {
                PlanId = template.PlanId, GovernorateId = organisation.GovernorateId, OrganisationId = organisation.Id,
                TitleAr = $"فحص مخزون الأمصال {run}-{i + 1}", TitleEn = $"Check serum stock {run}-{i + 1}",
                Category = TaskCategory.Health, Priority = TaskPriority.High, DueOn = today.AddDays(-3 - i),
                CreatedAt = now.AddDays(-20), LastUpdatedAt = now, LastUpdatedByName = "test",
            };
            task.RefreshSearchText();
            db.Tasks.Add(task);
            titles.Add(task.TitleAr);
        }

        await db.SaveChangesAsync();
        return (organisation, titles);
    }
}
