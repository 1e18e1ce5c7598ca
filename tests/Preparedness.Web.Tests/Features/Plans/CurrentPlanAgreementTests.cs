using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Reminders.Sweeps;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Reminders;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Plans;

/// <summary>
/// "Current plan" is picked one governorate at a time in LINQ (PlanScope: pages, dashboard) and for
/// every governorate at once in SQL (the reminder sweeps, the digest). Both must pick the same plan.
/// </summary>
public sealed class CurrentPlanAgreementTests : DatabaseTest
{
    [Theory]
    [InlineData(new[] { -30, -1 }, 1)] // the latest to have started
    [InlineData(new[] { -1, -30 }, 0)]
    [InlineData(new[] { -1, 0 }, 1)] // a plan starting today has started
    [InlineData(new[] { 0, 1 }, 0)]
    [InlineData(new[] { -1, 1 }, 0)] // a started plan wins over one to come
    [InlineData(new[] { 1, -1 }, 1)]
    [InlineData(new[] { 2, 1 }, 1)] // none started: the first to come
    [InlineData(new[] { 1, 2 }, 0)]
    [InlineData(new[] { -5, -5 }, 1)] // a tie: the newest plan
    [InlineData(new[] { 3, 3 }, 1)]
    public async Task Plan_scope_the_reminder_sweeps_and_the_digest_pick_the_same_current_plan(int[] startOffsets, int current)
    {
        var plans = await PlansStartingAsync(startOffsets);
        var tasks = new List<int>();
        foreach (var plan in plans)
        {
            tasks.Add(await AddOverdueTaskAsync(plan));
        }

        await using var db = Db();
        var scoped = await db.CurrentPlanIdAsync(World.Alexandria.Id, World.Today, CancellationToken.None);
        var digest = await DigestQueries.CurrentPlanIdsAsync(db, World.Today, CancellationToken.None);
        var swept = await SweepCandidates.TaskIdsAsync(db, ReminderSweeps.Overdue(World.Today));

        Assert.Equal(plans[current].Id, scoped);
        Assert.Equal([World.LuxorPlan.Id, plans[current].Id], digest.Order());
        Assert.Equal([tasks[current]], swept.Intersect(tasks));
    }

    /// <summary>Alexandria's plan moved to the first start, the others added after it (so later plans have higher ids).</summary>
    private async Task<List<SeasonPlan>> PlansStartingAsync(int[] startOffsets)
    {
        await using var db = Db();
        var first = await db.Plans.FindAsync(World.AlexPlan.Id);
        first!.StartsOn = World.Today.AddDays(startOffsets[0]);
        await db.SaveChangesAsync();
        var plans = new List<SeasonPlan> { first };
        foreach (var offset in startOffsets.Skip(1))
        {
            var plan = new SeasonPlan { GovernorateId = World.Alexandria.Id, NameAr = "خطة", NameEn = $"Plan {offset}", StartsOn = World.Today.AddDays(offset) };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            plans.Add(plan);
        }

        return plans;
    }

    private async Task<int> AddOverdueTaskAsync(SeasonPlan plan)
    {
        var task = await World.AddTaskAsync(t =>
        {
            t.GovernorateId = World.Alexandria.Id;
            t.OrganisationId = World.AlexWater.Id;
            t.DueOn = World.Today.AddDays(-1);
        });
        await using var db = Db();
        var stored = await db.Tasks.FindAsync(task.Id);
        stored!.PlanId = plan.Id;
        await db.SaveChangesAsync();
        return task.Id;
    }
}
