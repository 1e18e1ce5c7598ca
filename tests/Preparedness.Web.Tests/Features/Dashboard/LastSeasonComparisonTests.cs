using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Dashboard;

public sealed class LastSeasonComparisonTests : DatabaseTest
{
    [Fact]
    public async Task The_dashboard_compares_with_last_season_on_the_same_day_of_its_season_read_from_history()
    {
        // Today is 23 Nov 2026, day 53 of the season that began on 1 Oct 2026; day 53 of last season was 23 Nov 2025.
        var last = await LastSeasonAsync();
        await AddAsync(last, TaskPriority.Normal, ("2025-11-20T09:00:00Z", "Achieved", "75"), ("2025-11-24T09:00:00Z", "Status", "ReportedDone"));
        await AddAsync(last, TaskPriority.High, ("2025-11-23T21:00:00Z", "Status", "ReportedDone")); // 23:00 Cairo: still that day
        await AddAsync(last, TaskPriority.Normal, ("2025-11-10T09:00:00Z", "Achieved", "150")); // stale by the 23rd: not reported, no credit

        var comparison = await Get<LastSeasonReadiness>().CompareAsync(World.LuxorGovernor, World.Luxor.Id, World.LuxorPlan.Id);

        // (1 × 75/150 + 2 × 1 + 1 × 0) / 4 = 62.5 %
        Assert.Equal(("Winter 2025/26", 53, new DateOnly(2025, 11, 23), (decimal?)62.5m, 3),
            (comparison!.NameEn, comparison.DayOfSeason, comparison.On, comparison.Score, comparison.Tasks));
    }

    [Fact]
    public async Task A_first_season_has_nothing_to_compare_with()
    {
        Assert.Null(await Get<LastSeasonReadiness>().CompareAsync(World.LuxorGovernor, World.Luxor.Id, World.LuxorPlan.Id));
    }

    private async Task<SeasonPlan> LastSeasonAsync()
    {
        await using var db = Db();
        var plan = new SeasonPlan { GovernorateId = World.Luxor.Id, NameAr = "خطة الشتاء 2025/26", NameEn = "Winter 2025/26", StartsOn = new DateOnly(2025, 10, 1) };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    private async Task AddAsync(SeasonPlan plan, TaskPriority priority, params (string At, string Field, string To)[] changes)
    {
        var created = new DateTimeOffset(2025, 9, 1, 7, 0, 0, TimeSpan.Zero);
        var task = await World.AddTaskAsync(t =>
        {
            t.Priority = priority;
            t.Measure = MeasureKind.Quantity;
            t.Target = 150;
            t.CreatedAt = created;
        });
        await using var db = Db();
        var stored = await db.Tasks.FindAsync(task.Id);
        stored!.PlanId = plan.Id;
        db.TaskHistory.Add(new TaskHistoryEntry { TaskId = task.Id, At = created, UserName = "sg", Kind = HistoryKind.Created });
        foreach (var (at, field, to) in changes)
        {
            db.TaskHistory.Add(new TaskHistoryEntry
            {
                TaskId = task.Id, At = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), UserName = "owner", Kind = HistoryKind.Progress,
                Changes = [new FieldChange { Field = field, To = to }],
            });
        }

        await db.SaveChangesAsync();
    }
}
