using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Reminders.Sweeps;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Reminders;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Dashboard;

/// <summary>
/// The readiness rules are written in LINQ (ReadinessScore, the digest), in SQL (ReadinessSql, the
/// reminder sweeps) and in memory (the task page). Tasks on each side of every boundary, stored in
/// PostgreSQL, must get the same answer from each — and the answer the README states.
/// </summary>
public sealed class ReadinessRulesAgreementTests : DatabaseTest
{
    private sealed record Flags(bool Done, bool Overdue, bool AtRisk, bool Stale);

    private sealed record SqlFlags(int Id, bool Done, bool Overdue, bool Stale);

    private sealed record Case(string Name, Action<ReadinessTask> Configure, Flags Expected);

    /// <summary>Microseconds: PostgreSQL keeps no finer instant, so a tick either side would be stored as the boundary itself.</summary>
    private static readonly TimeSpan Instant = TimeSpan.FromMicroseconds(1);

    private readonly List<(Case Case, int Id)> tasks = [];

    private ReadinessScore.Moment Moment => ReadinessScore.Moment.At(Clock, Get<IOptions<ReadinessOptions>>().Value);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var c in Cases(Moment))
        {
            tasks.Add((c, (await World.AddTaskAsync(c.Configure)).Id));
        }
    }

    [Fact]
    public async Task The_score_the_sql_rules_and_the_task_page_agree_on_each_side_of_every_boundary()
    {
        var m = Moment;
        await using var db = Db();
        var linq = await db.Tasks.AsNoTracking().Assess(m).ToDictionaryAsync(a => a.Task.Id);
        var sql = await db.Database
            .SqlQueryRaw<SqlFlags>(
                $"SELECT t.id, {ReadinessSql.Done} AS done, {ReadinessSql.Overdue} AS overdue, {ReadinessSql.Stale} AS stale FROM readiness_tasks t",
                ReadinessSql.Today(m.Today),
                ReadinessSql.StaleBefore(m.StaleBefore))
            .ToDictionaryAsync(f => f.Id);

        var expected = tasks.Select(t => (t.Case.Name, t.Case.Expected)).ToList();
        Assert.Equal(expected, tasks.Select(t => (t.Case.Name, FromLinq(linq[t.Id]))));
        Assert.Equal(expected, tasks.Select(t => (t.Case.Name, t.Case.Expected with { Done = sql[t.Id].Done, Overdue = sql[t.Id].Overdue, Stale = sql[t.Id].Stale })));
        Assert.Equal(expected, tasks.Select(t => (t.Case.Name, t.Case.Expected with { Done = linq[t.Id].Task.IsDone, Overdue = Page(linq[t.Id].Task, m).Overdue, Stale = Page(linq[t.Id].Task, m).Stale })));
        Assert.Equal(tasks.Select(t => (t.Case.Name, linq[t.Id].Credit)), tasks.Select(t => (t.Case.Name, ReadinessScore.Credit(linq[t.Id].Task, m))));
    }

    [Fact]
    public async Task The_reminder_sweeps_remind_exactly_the_tasks_the_score_calls_overdue_or_stale()
    {
        var m = Moment;
        await using var db = Db();
        var linq = await db.Tasks.AsNoTracking().Assess(m).ToListAsync();
        var overdue = Ids(linq.Where(a => a.Overdue));

        Assert.Equal(overdue, await SweepCandidates.TaskIdsAsync(db, ReminderSweeps.Overdue(m.Today)));
        Assert.Equal(overdue, await SweepCandidates.TaskIdsAsync(db, ReminderSweeps.Escalation(m.Today, 0)));

        // A reminder rule on top of stale: an overdue task hears about being overdue, not about being silent.
        var staleDays = Get<IOptions<ReadinessOptions>>().Value.StaleAfterDays;
        Assert.Equal(Ids(linq.Where(a => a.Stale && !a.Overdue)), await SweepCandidates.TaskIdsAsync(db, ReminderSweeps.Stale(m.Today, Clock.GetUtcNow(), staleDays)));
    }

    [Fact]
    public async Task The_digest_lists_as_overdue_and_newly_overdue_exactly_what_the_score_says()
    {
        var m = Moment;
        await using var db = Db();
        var today = await db.Tasks.AsNoTracking().Assess(m).ToListAsync();
        var yesterday = await db.Tasks.AsNoTracking().Assess(m with { Today = m.Today.AddDays(-1) }).Where(a => a.Overdue).Select(a => a.Task.Id).ToListAsync();

        var planIds = await DigestQueries.CurrentPlanIdsAsync(db, m.Today, CancellationToken.None);
        var worst = await DigestQueries.WorstOverdueAsync(db, planIds, m.Today, 1000, CancellationToken.None);
        var changes = await DigestQueries.ChangesAsync(db, Clock.GetUtcNow().AddDays(-1), m.Today, CancellationToken.None);

        Assert.Equal(Ids(today.Where(a => a.Overdue)), worst[World.Luxor.Id].Select(i => i.TaskId).Order());
        Assert.Equal(today.Count(a => a.Overdue && !yesterday.Contains(a.Task.Id)), changes[World.Luxor.Id].NewlyOverdue);
    }

    private static Flags FromLinq(AssessedTask a) => new(a.Done, a.Overdue, a.AtRisk, a.Stale);

    private static TaskDetails Page(ReadinessTask task, ReadinessScore.Moment m) => TaskDetails.From(task, [], m, null);

    private static List<int> Ids(IEnumerable<AssessedTask> assessed) => [.. assessed.Select(a => a.Task.Id).Order()];

    /// <summary>Every boundary of the README's table, approached from both sides, and every status.</summary>
    private static IEnumerable<Case> Cases(ReadinessScore.Moment m)
    {
        var fresh = new Flags(false, false, false, false);
        var staleBefore = m.StaleBefore;
        yield return new("updated 1 s short of the stale age", t => t.LastUpdatedAt = staleBefore.AddSeconds(1), fresh);
        yield return new("updated 1 µs short of the stale age", t => t.LastUpdatedAt = staleBefore + Instant, fresh);
        yield return new("updated exactly the stale age ago", t => t.LastUpdatedAt = staleBefore, fresh);
        yield return new("updated 1 µs past the stale age", t => t.LastUpdatedAt = staleBefore - Instant, fresh with { Stale = true });
        yield return new("updated 1 s past the stale age", t => t.LastUpdatedAt = staleBefore.AddSeconds(-1), fresh with { Stale = true });

        yield return new("due yesterday", t => t.DueOn = m.Today.AddDays(-1), fresh with { Overdue = true });
        yield return new("due today", t => t.DueOn = m.Today, fresh with { AtRisk = true });
        yield return new("due on the last day of the at-risk window", t => t.DueOn = m.AtRiskUntil, fresh with { AtRisk = true });
        yield return new("due the day after the at-risk window", t => t.DueOn = m.AtRiskUntil.AddDays(1), fresh);
        yield return new("due today and stale", t => { t.DueOn = m.Today; t.LastUpdatedAt = staleBefore - Instant; }, fresh with { AtRisk = true, Stale = true });

        yield return new("progress exactly at the at-risk threshold", t => Quantity(t, m, m.AtRiskBelow * 100m), fresh);
        yield return new("progress just below the at-risk threshold", t => Quantity(t, m, (m.AtRiskBelow * 100m) - 0.01m), fresh with { AtRisk = true });
        yield return new("progress at the target", t => Quantity(t, m, 100m), fresh);

        foreach (var status in Enum.GetValues<TaskStatus>())
        {
            var done = status is TaskStatus.ReportedDone or TaskStatus.Verified;
            yield return new($"{status}, due yesterday, silent for weeks", t => { t.Status = status; t.DueOn = m.Today.AddDays(-1); t.LastUpdatedAt = staleBefore.AddDays(-14); }, new(done, !done, false, !done));
            yield return new($"{status}, due in three days", t => { t.Status = status; t.DueOn = m.Today.AddDays(3); }, new(done, false, !done, false));
        }
    }

    private static void Quantity(ReadinessTask task, ReadinessScore.Moment m, decimal achieved)
    {
        task.Status = TaskStatus.InProgress;
        task.Measure = MeasureKind.Quantity;
        task.Target = 100m;
        task.Achieved = achieved;
        task.DueOn = m.Today.AddDays(3);
    }
}
