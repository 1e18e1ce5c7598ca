using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.DemoData;
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
}
