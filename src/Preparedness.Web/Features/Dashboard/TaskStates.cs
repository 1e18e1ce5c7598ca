using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>A plan's tasks as they stood at a past instant, rebuilt from their history entries.</summary>
internal static class TaskStates
{
    public static async Task<(decimal? Score, int Tasks)> ScoreAtAsync(PreparednessDbContext db, int planId, DateTimeOffset at, int staleAfterDays, CancellationToken ct)
    {
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.PlanId == planId && t.CreatedAt < at)
            .Select(t => new { t.Id, t.Priority, t.Measure, t.Target, t.DueOn })
            .ToListAsync(ct);
        var history = await db.TaskHistory.AsNoTracking()
            .Where(h => h.At < at && db.Tasks.Any(t => t.Id == h.TaskId && t.PlanId == planId && t.CreatedAt < at))
            .OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new { h.TaskId, h.At, h.Changes })
            .ToListAsync(ct);
        var byTask = history.ToLookup(h => h.TaskId);
        var moment = new ReadinessScore.Moment(default, ReadinessScore.StaleBefore(at, staleAfterDays), default, 0);
        decimal weight = 0, credit = 0;
        foreach (var t in tasks)
        {
            // The measure and target start as they are now (the history of a task made from the library or the demo
            // need not repeat them); status and achieved start from nothing and follow the recorded changes.
            var state = new ReadinessTask { TitleAr = "", TitleEn = "", Measure = t.Measure, Target = t.Target, Priority = t.Priority, DueOn = t.DueOn };
            foreach (var entry in byTask[t.Id])
            {
                state.LastUpdatedAt = entry.At;
                foreach (var change in entry.Changes)
                {
                    Apply(state, change.Field, change.To);
                }
            }

            weight += (int)t.Priority;
            credit += (int)t.Priority * ReadinessScore.Credit(state, moment);
        }

        return (weight == 0 ? null : Math.Round(credit * 100 / weight, 1), tasks.Count);
    }

    /// <summary>One recorded change applied to a task's rebuilt state (also replayed day by day by the trend's backfill).</summary>
    internal static void Apply(ReadinessTask task, string field, string? to)
    {
        switch (field)
        {
            case nameof(ReadinessTask.Status) when Enum.TryParse<TaskStatus>(to, out var status):
                task.Status = status;
                break;
            case nameof(ReadinessTask.Achieved):
                task.Achieved = Number(to) ?? 0;
                break;
            case nameof(ReadinessTask.Target):
                task.Target = Number(to);
                break;
            case nameof(ReadinessTask.Measure) when Enum.TryParse<MeasureKind>(to, out var measure):
                task.Measure = measure;
                break;
        }
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
}
