using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.National;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.National;

/// <summary>
/// The national view reads tallies the database keeps in the statements that change tasks. After random changes of
/// every kind, and as days pass with no write at all, they must equal a full recomputation: the dashboard's own
/// figures (LINQ over every task) and the in-memory rule (ReadinessScore.Credit) — and the repair job finds no drift.
/// </summary>
public sealed class TallyAgreementTests : DatabaseTest
{
    private static readonly string?[] StormCodes = ["qasim", "maknasa", null];

    private readonly Random random = new(20261204);

    [Fact]
    public async Task Tallies_equal_a_full_recomputation_after_random_changes_and_as_days_pass()
    {
        for (var i = 0; i < 40; i++)
        {
            await CreateAsync(random.Next(1, 4));
        }

        for (var round = 0; round < 12; round++)
        {
            for (var step = 0; step < 15; step++)
            {
                await ChangeAsync();
            }

            await AssertAgreeAsync($"round {round}");
            Clock.Advance(TimeSpan.FromHours(random.Next(1, 40)));
            await AssertAgreeAsync($"round {round}, later");
        }

        Assert.Equal(0, await Get<TallyRepairJob>().ExecuteAsync(default));
    }

    [Fact]
    public async Task The_repair_job_finds_and_fixes_drift_and_a_second_run_finds_none()
    {
        for (var i = 0; i < 10; i++)
        {
            await CreateAsync(2);
        }

        await using (var db = Db())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE governorate_tallies SET tasks = tasks + 5 WHERE kind = 0");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM governorate_tallies WHERE kind = 2");
        }

        Assert.True(await Get<TallyRepairJob>().ExecuteAsync(default) > 0);
        await AssertAgreeAsync("after repair");
        Assert.Equal(0, await Get<TallyRepairJob>().ExecuteAsync(default));
    }

    private async Task AssertAgreeAsync(string when)
    {
        var national = await Get<NationalService>().GetAsync(World.Admin);
        await using var db = Db();
        var active = await db.Governorates.Where(g => g.IsActive).Select(g => g.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal(active, national.Governorates.Select(g => g.GovernorateId).Order().ToList());
        var moment = ReadinessScore.Moment.At(Clock, Get<IOptions<ReadinessOptions>>().Value);
        foreach (var standing in national.Governorates)
        {
            var dashboard = await Get<DashboardService>().GetAsync(World.Admin, standing.GovernorateId);
            Assert.True(Same(dashboard.Overall, standing.Overall), $"{when}, governorate {standing.GovernorateId}: dashboard {dashboard.Overall}, national {standing.Overall}");
            Assert.Equal(dashboard.NextStorm?.Window, standing.NextStorm?.Window);
            Assert.True(Same(dashboard.NextStorm?.Tally ?? Tally.Empty, standing.NextStorm?.Tally ?? Tally.Empty), $"{when}: next storm of {standing.GovernorateId}");

            var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == dashboard.PlanId).ToListAsync();
            var weight = tasks.Sum(t => (int)t.Priority);
            Assert.Equal(tasks.Count, standing.Overall.Tasks);
            Assert.Equal(weight == 0 ? null : Math.Round(tasks.Sum(t => (int)t.Priority * ReadinessScore.Credit(t, moment)) * 100 / weight, 1), standing.Overall.Score);
            Assert.Equal(tasks.Count(t => !t.IsDone && t.DueOn < moment.Today), standing.Overall.Overdue);
            Assert.Equal(tasks.Count(t => !t.IsDone && t.LastUpdatedAt < moment.StaleBefore), standing.Overall.Stale);
        }
    }

    // At risk and the last update are the dashboard's alone (see GovernorateStanding); credit may differ in the last of 20 decimals.
    private static bool Same(Tally a, Tally b) =>
        a.Tasks == b.Tasks && a.Weight == b.Weight && Math.Abs(a.Credit - b.Credit) < 0.000001m && a.VerifiedWeight == b.VerifiedWeight
        && a.ReportedWeight == b.ReportedWeight && a.Overdue == b.Overdue && a.Stale == b.Stale
        && a.AwaitingVerification == b.AwaitingVerification && a.Score == b.Score;

    private async Task CreateAsync(int count)
    {
        await using var db = Db();
        var plans = await db.Plans.AsNoTracking().ToListAsync();
        for (var i = 0; i < count; i++)
        {
            var plan = plans[random.Next(plans.Count)];
            var task = new ReadinessTask
            {
                PlanId = plan.Id,
                GovernorateId = plan.GovernorateId,
                OrganisationId = plan.GovernorateId == World.Luxor.Id ? World.LuxorWater.Id : World.AlexWater.Id,
                TitleAr = "مهمة",
                TitleEn = "Task",
                CreatedAt = Clock.GetUtcNow(),
                LastUpdatedByName = "test",
            };
            Randomize(task);
            task.StormCode = plan.GovernorateId == World.Alexandria.Id ? StormCodes[random.Next(StormCodes.Length)] : null;
            db.Tasks.Add(task);
        }

        await db.SaveChangesAsync();
    }

    private void Randomize(ReadinessTask task)
    {
        task.Priority = (TaskPriority)random.Next(1, 4);
        task.Status = (TaskStatus)random.Next(0, 6);
        task.Measure = random.Next(2) == 0 ? MeasureKind.DoneOrNot : MeasureKind.Quantity;
        task.Target = task.Measure == MeasureKind.Quantity ? random.Next(0, 4) * 50 : null;
        task.Achieved = random.Next(0, 200);
        task.DueOn = World.Today.AddDays(random.Next(-10, 10));

        // Around the stale instant, its UTC day included, to the microsecond PostgreSQL keeps.
        task.LastUpdatedAt = Clock.GetUtcNow().AddDays(-7).AddMinutes(random.Next(-3000, 3000)).AddTicks(-(Clock.GetUtcNow().Ticks % 10));
    }

    private async Task ChangeAsync()
    {
        await using var db = Db();
        var ids = await db.Tasks.Select(t => t.Id).ToListAsync();
        var id = ids[random.Next(ids.Count)];
        switch (random.Next(9))
        {
            case 0:
                await CreateAsync(random.Next(1, 20));
                break;
            case 1:
                await db.Tasks.Where(t => t.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Achieved, random.Next(0, 200))
                    .SetProperty(t => t.Status, TaskStatus.InProgress)
                    .SetProperty(t => t.LastUpdatedAt, Clock.GetUtcNow()));
                break;
            case 2:
                var task = await db.Tasks.SingleAsync(t => t.Id == id);
                Randomize(task);
                await db.SaveChangesAsync();
                break;
            case 3:
                await db.Tasks.Where(t => t.Id == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, random.Next(2) == 0 ? TaskStatus.Verified : TaskStatus.Returned));
                break;
            case 4:
                // Many rows in one statement: the whole of one governorate's reported work verified.
                await db.Tasks.Where(t => t.Status == TaskStatus.ReportedDone && t.GovernorateId == World.Alexandria.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TaskStatus.Verified));
                break;
            case 5:
                // Moved to another organisation, unit or storm: the tallies' storm rows follow.
                await db.Tasks.Where(t => t.Id == id && t.GovernorateId == World.Alexandria.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.StormCode, StormCodes[random.Next(StormCodes.Length)]));
                await db.Tasks.Where(t => t.Id == id && t.GovernorateId == World.Luxor.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LocalUnitId, World.Esna.Id).SetProperty(t => t.OrganisationId, World.EsnaCouncil.Id));
                break;
            case 6:
                await db.Tasks.Where(t => t.Id == id).ExecuteDeleteAsync();
                break;
            case 7:
                await NewSeasonAsync(db);
                break;
            default:
                // Tasks of one organisation moved to another plan of their governorate, as a season's carry-forward does.
                var plan = await db.Plans.OrderBy(_ => EF.Functions.Random()).FirstAsync();
                await db.Tasks.Where(t => t.GovernorateId == plan.GovernorateId && t.Id % 3 == id % 3).ExecuteUpdateAsync(s => s.SetProperty(t => t.PlanId, plan.Id));
                break;
        }
    }

    // A season closed and the next opened: the current plan changes, last season's tallies stay with it.
    private async Task NewSeasonAsync(Preparedness.Web.Data.PreparednessDbContext db)
    {
        var governorate = random.Next(2) == 0 ? World.Luxor : World.Alexandria;
        var current = await db.Plans.Where(p => p.GovernorateId == governorate.Id).OrderByDescending(p => p.StartsOn).FirstAsync();
        if (current.StartsOn >= World.Today)
        {
            return;
        }

        current.ClosedAt = Clock.GetUtcNow();
        var next = new SeasonPlan { GovernorateId = governorate.Id, NameAr = "خطة", NameEn = "Plan", StartsOn = current.StartsOn.AddDays(1), PreviousPlanId = current.Id };
        db.Plans.Add(next);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO readiness_tasks (plan_id, governorate_id, organisation_id, local_unit_id, title_ar, title_en, category, priority, due_on,
                storm_code, status, measure, target, achieved, created_at, last_updated_at, last_updated_by_name, search_text, lesson)
            SELECT {next.Id}, governorate_id, organisation_id, local_unit_id, title_ar, title_en, category, priority, due_on,
                storm_code, 'NotStarted', measure, target, 0, created_at, {Clock.GetUtcNow()}, 'season', search_text, lesson
            FROM readiness_tasks WHERE plan_id = {current.Id} AND status NOT IN ('Verified')
            """);
    }
}
