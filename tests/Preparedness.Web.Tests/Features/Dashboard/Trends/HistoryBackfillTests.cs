using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Dashboard.Trends;

/// <summary>Today is Monday 23 Nov 2026 (Cairo); the tasks below were made on 16 Nov and changed since.</summary>
public sealed class HistoryBackfillTests : DatabaseTest
{
    private static readonly DateTimeOffset Created = new(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_backfill_reproduces_what_the_history_says_day_by_day()
    {
        // A: normal, 150 to clean: 75 on the 18th, reported done on the 21st.
        await AddAsync(TaskPriority.Normal, new DateOnly(2026, 12, 20), ("2026-11-18T09:00:00Z", "Achieved", "75"), ("2026-11-21T09:00:00Z", "Status", "ReportedDone"));
        // B: high, verified at 23:30 Cairo on the 19th (21:30 UTC): counts on the 19th, not before.
        await AddAsync(TaskPriority.High, new DateOnly(2026, 12, 20), ("2026-11-17T08:00:00Z", "Status", "ReportedDone"), ("2026-11-19T21:30:00Z", "Status", "Verified"));
        // C: normal, due on the 20th, never touched after creation: overdue from the 21st, not reported once 7 days old.
        await AddAsync(TaskPriority.Normal, new DateOnly(2026, 11, 20));

        await Get<WriteSnapshotsJob>().BackfillAsync(default);

        await using var db = Db();
        var rows = await db.ReadinessSnapshots.Where(s => s.Scope == SnapshotScope.Governorate).OrderBy(s => s.Day).ToListAsync();
        var expected = new (string Day, decimal? Score, int Verified, int ReportedDone, int Overdue, int Stale)[]
        {
            ("2026-11-16", 0m, 0, 0, 0, 0),
            ("2026-11-17", 50m, 0, 2, 0, 0),         // B reported done: 2 of 4
            ("2026-11-18", 62.5m, 0, 2, 0, 0),       // A at 75/150: (0.5 + 2) / 4
            ("2026-11-19", 62.5m, 2, 0, 0, 0),       // B verified late that evening
            ("2026-11-20", 62.5m, 2, 0, 0, 0),
            ("2026-11-21", 75m, 2, 1, 1, 0),         // A done; C overdue
            ("2026-11-22", 75m, 2, 1, 1, 0),
        };
        Assert.Equal(
            expected.Select(e => (e.Day, e.Score, e.Verified, e.ReportedDone, e.Overdue, e.Stale)),
            rows.Select(r => (r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.ToTally().Score, r.VerifiedWeight, r.ReportedWeight, r.Overdue, r.Stale)));

        // The same days read back by last season's comparison (TaskStates.ScoreAtAsync) agree.
        var staleDays = Get<IOptions<ReadinessOptions>>().Value.StaleAfterDays;
        foreach (var row in rows)
        {
            var (score, _) = await TaskStates.ScoreAtAsync(db, World.LuxorPlan.Id, HistoryBackfill.EndOfCairoDay(row.Day), staleDays, default);
            Assert.Equal(score, row.ToTally().Score);
        }
    }

    [Fact]
    public async Task Backfilled_days_are_not_written_twice_and_today_is_left_to_the_evening_job()
    {
        await AddAsync(TaskPriority.Normal, new DateOnly(2026, 12, 20), ("2026-11-18T09:00:00Z", "Status", "InProgress"));

        var first = await Get<WriteSnapshotsJob>().BackfillAsync(default);
        var again = await Get<WriteSnapshotsJob>().BackfillAsync(default);

        await using var db = Db();
        Assert.Equal(0, again);
        Assert.Equal(first, await db.ReadinessSnapshots.CountAsync());
        Assert.False(await db.ReadinessSnapshots.AnyAsync(s => s.Day == World.Today));
        Assert.Equal(7, await db.ReadinessSnapshots.CountAsync(s => s.Scope == SnapshotScope.Governorate));
    }

    private async Task AddAsync(TaskPriority priority, DateOnly dueOn, params (string At, string Field, string To)[] changes)
    {
        var task = await World.AddTaskAsync(t =>
        {
            t.Priority = priority;
            t.Measure = MeasureKind.Quantity;
            t.Target = 150;
            t.DueOn = dueOn;
            t.CreatedAt = Created;
        });
        await using var db = Db();
        db.TaskHistory.Add(new TaskHistoryEntry { TaskId = task.Id, At = Created, UserName = "sg", Kind = HistoryKind.Created });
        foreach (var (at, field, to) in changes)
        {
            db.TaskHistory.Add(new TaskHistoryEntry
            {
                TaskId = task.Id, At = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), UserName = "owner", Kind = HistoryKind.Progress,
                Changes = [new FieldChange { Field = field, To = to }],
            });
        }

        await db.SaveChangesAsync();
    }
}
