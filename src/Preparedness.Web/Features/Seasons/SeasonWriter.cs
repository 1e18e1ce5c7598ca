using Microsoft.EntityFrameworkCore;
using Npgsql;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Seasons;

/// <summary>
/// Writes a new season and its tasks in one transaction, or finds that it was opened already: the plan's
/// opening key is unique per governorate, so a second opening (a double click, a retry, two secretaries at
/// once) creates nothing.
/// </summary>
internal static class SeasonWriter
{
    public static async Task<SeasonResult?> ExistingAsync(PreparednessDbContext db, int governorateId, string openingKey, CancellationToken ct) =>
        await db.Plans.AsNoTracking()
            .Where(p => p.GovernorateId == governorateId && p.OpeningKey == openingKey)
            .Select(p => (int?)p.Id)
            .SingleOrDefaultAsync(ct) is { } id
            ? new SeasonResult([], id, 0, true)
            : null;

    /// <summary>
    /// A task that starts with work already done (carried forward) says so in its first history entry, so its
    /// readiness on any past day can be read back from the history alone.
    /// </summary>
    private static List<FieldChange> StartingState(ReadinessTask task) =>
    [
        .. task.Status == Tasks.TaskStatus.NotStarted ? [] : new[] { new FieldChange { Field = nameof(task.Status), To = $"{task.Status}" } },
        .. task.Achieved == 0 ? [] : new[] { new FieldChange { Field = nameof(task.Achieved), To = task.Achieved.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) } },
    ];

    private static async Task CopyTasksAsync(PreparednessDbContext db, Actor actor, DateTimeOffset now, SeasonPlan plan, List<ReadinessTask> tasks, CancellationToken ct)
    {
        var ids = await db.ReserveIdsAsync<ReadinessTask>(tasks.Count, ct);
        var history = await db.ReserveIdsAsync<TaskHistoryEntry>(tasks.Count, ct);
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            (task.Id, task.PlanId, task.GovernorateId, task.CreatedAt) = ((int)ids[i], plan.Id, plan.GovernorateId, now);
            TaskEditingService.Stamp(task, actor, now);
            var entry = TaskEditingService.Entry(actor, now, HistoryKind.Created, StartingState(task), task.Id);
            entry.Id = history[i];
            task.History.Add(entry);
        }

        await db.CopyAsync(tasks, ct);
        await db.CopyAsync(tasks.SelectMany(t => t.History).ToList(), ct);
    }

    public static async Task<SeasonResult> SaveAsync(
        PreparednessDbContext db, Actor actor, DateTimeOffset now, SeasonPlan plan, List<ReadinessTask> tasks, string action, string note, CancellationToken ct)
    {
        db.Plans.Add(plan);
        try
        {
            // The plan and its audit row through EF; the tasks and their first history entries by COPY (thousands of rows).
            await db.SaveAndAnnounceAsync(
                () => new TaskChange(ChangeKind.Bulk, plan.GovernorateId, null, null, null, null, null, null, null, null, null, tasks.Count, actor.Name, now),
                ct,
                () => db.Record(actor, now, action, "season_plan", $"{plan.Id}", plan.GovernorateId,
                    [new FieldChange { Field = "Tasks", To = $"{tasks.Count}" }], note),
                token => CopyTasksAsync(db, actor, now, plan, tasks, token));
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone opened the same season a moment ago: their transaction won, this one rolled back.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(db, plan.GovernorateId, plan.OpeningKey!, ct) is { } existing)
            {
                return existing;
            }

            throw;
        }

        return new SeasonResult([], plan.Id, tasks.Count);
    }
}
