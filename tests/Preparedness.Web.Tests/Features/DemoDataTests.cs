using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features;

[Collection(AppCollection.Name)]
public sealed class DemoDataTests(AppHost app)
{
    [Fact]
    public async Task Demo_data_gives_both_governorates_a_believable_season_and_an_account_for_every_role()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var dashboard = app.Services.GetRequiredService<DashboardService>();
        var admin = new Actor("test", "Test", Roles.Administrator, null, null);

        foreach (var code in new[] { "luxor", "alexandria" })
        {
            var governorate = await db.Governorates.SingleAsync(g => g.Code == code);
            var figures = await dashboard.GetAsync(admin, governorate.Id);
            Assert.True(figures.Overall.Tasks > 50, code);
            Assert.True(figures.Overall.Overdue > 0 && figures.Overall.Stale > 0 && figures.Overall.AwaitingVerification > 0, code);
            Assert.InRange(figures.Overall.Score!.Value, 5m, 95m);
            Assert.True(await db.LocalUnits.CountAsync(u => u.GovernorateId == governorate.Id) >= 7, code);
        }

        Assert.Equal(6, Enum.GetValues<TaskStatus>().Count(s => db.Tasks.Any(t => t.Status == s)));
        Assert.True(await db.TaskHistory.CountAsync() > await db.Tasks.CountAsync());
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Distinct().ToListAsync();
        Assert.Equal(Roles.All.Order(), roles.Order());
        Assert.All(DemoAccounts.All, a => Assert.True(db.Users.Any(u => u.UserName == a.UserName), a.UserName));
    }

    [Fact]
    public async Task Every_demo_task_reported_done_carries_a_photo_with_a_thumbnail()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();

        var reported = await db.Tasks
            .Where(t => t.Status == TaskStatus.ReportedDone || t.Status == TaskStatus.Verified || t.Status == TaskStatus.Returned)
            .Select(t => new { t.Id, Files = db.Evidence.Count(e => e.TaskId == t.Id) })
            .ToListAsync();
        var photo = await db.Evidence.OrderBy(e => e.Id).FirstAsync();

        Assert.NotEmpty(reported);
        Assert.All(reported, r => Assert.True(r.Files >= 1, $"task {r.Id} was reported done without evidence"));
        var inspected = EvidenceInspector.Inspect(new EvidenceUpload(photo.FileName, photo.Content));
        Assert.Equal(("image/jpeg", "image/jpeg"), (photo.ContentType, inspected.File?.ContentType));
        Assert.NotNull(photo.Thumbnail);
    }
}
