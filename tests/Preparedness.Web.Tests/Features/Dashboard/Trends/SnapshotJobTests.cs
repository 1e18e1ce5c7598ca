using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Dashboard.Trends;

public sealed class SnapshotJobTests : DatabaseTest
{
    [Fact]
    public async Task Running_the_job_twice_the_same_day_writes_one_snapshot_per_scope()
    {
        await AddVariedTasksAsync();
        var job = Get<WriteSnapshotsJob>();

        var first = await job.ExecuteAsync(default);
        var second = await job.ExecuteAsync(default);

        await using var db = Db();
        var today = await db.ReadinessSnapshots.Where(s => s.Day == World.Today).ToListAsync();
        Assert.True(first > 0);
        Assert.Equal(0, second);
        Assert.Equal(first, today.Count);
        Assert.All(today.GroupBy(s => (s.PlanId, s.Day, s.Scope, s.Key)), g => Assert.Single(g));
        Assert.Equal(
            [SnapshotScope.Governorate, SnapshotScope.Unit, SnapshotScope.Organisation, SnapshotScope.Category, SnapshotScope.Storm, SnapshotScope.UnitCategory],
            today.Select(s => s.Scope).Distinct().Order());
    }

    [Fact]
    public async Task Two_jobs_at_once_still_write_each_scope_once()
    {
        await AddVariedTasksAsync();

        var written = await Task.WhenAll(Get<WriteSnapshotsJob>().ExecuteAsync(default), Get<WriteSnapshotsJob>().ExecuteAsync(default));

        await using var db = Db();
        Assert.Equal(await db.ReadinessSnapshots.CountAsync(), written.Sum());
        Assert.Equal(1, await db.ReadinessSnapshots.CountAsync(s => s.Scope == SnapshotScope.Governorate && s.Day == World.Today && s.GovernorateId == World.Luxor.Id));
    }

    [Fact]
    public async Task Todays_snapshot_says_what_the_dashboard_says()
    {
        await AddVariedTasksAsync();
        await Get<WriteSnapshotsJob>().ExecuteAsync(default);

        var figures = await Get<DashboardService>().GetAsync(Actor.System, World.Luxor.Id);
        await using var db = Db();
        var rows = await db.ReadinessSnapshots.Where(s => s.Day == World.Today && s.GovernorateId == World.Luxor.Id).ToListAsync();
        Tally Row(SnapshotScope scope, string key) => rows.Single(r => r.Scope == scope && r.Key == key).ToTally();

        Assert.Equal(figures.Overall with { LastUpdate = null }, Row(SnapshotScope.Governorate, ""));
        Assert.All(figures.Units.Where(u => u.Tally.Tasks > 0), u => Assert.Equal(u.Tally with { LastUpdate = null }, Row(SnapshotScope.Unit, $"{u.Id}")));
        Assert.All(figures.Organisations, o => Assert.Equal(o.Tally with { LastUpdate = null }, Row(SnapshotScope.Organisation, $"{o.Id}")));
        Assert.All(figures.Categories, c => Assert.Equal(c.Tally with { LastUpdate = null }, Row(SnapshotScope.Category, $"{c.Category}")));
    }

    [Fact]
    public async Task A_reader_of_another_governorate_is_refused_the_trend_and_the_forecast()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<TrendService>().TrendAsync(World.AlexSecretariat, World.Luxor.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<TrendService>().ForecastsAsync(World.AlexSecretariat, World.Luxor.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<TrendService>().HeatMapAsync(World.AlexSecretariat, World.Luxor.Id));
        Assert.Empty(await Get<TrendService>().TrendAsync(World.LuxorGovernor, World.Luxor.Id));
    }

    private async Task AddVariedTasksAsync()
    {
        await World.AddTaskAsync(t => (t.LocalUnitId, t.Priority, t.Status) = (World.Esna.Id, TaskPriority.High, TaskStatus.Verified));
        await World.AddTaskAsync(t => (t.LocalUnitId, t.Measure, t.Target, t.Achieved) = (World.Esna.Id, MeasureKind.Quantity, 150, 60));
        await World.AddTaskAsync(t => (t.LocalUnitId, t.OrganisationId, t.DueOn, t.Category) = (World.Armant.Id, World.EsnaCouncil.Id, World.Today.AddDays(-3), TaskCategory.Shelters));
        await World.AddTaskAsync(t => (t.DueOn, t.Status) = (World.Today.AddDays(2), TaskStatus.ReportedDone));
        await World.AddTaskAsync(t => (t.GovernorateId, t.OrganisationId, t.StormCode, t.LocalUnitId) = (World.Alexandria.Id, World.AlexWater.Id, "maknasa", World.Montaza.Id));
    }
}
