using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>
/// A season's past days without a snapshot, rebuilt from the task history: each task as it stood at the end of
/// the Cairo day (<see cref="TaskStates.Apply"/>, as last season's comparison reads it), judged by the dashboard's
/// own rule for that day and summed by the dashboard's grouping (<see cref="TallyGroups"/>).
/// </summary>
internal static class HistoryBackfill
{
    /// <summary>A season is a few months; this bounds the work of one plan whatever its dates say.</summary>
    public const int MaxDays = 400;

    public static async Task<List<ReadinessSnapshot>> RowsAsync(
        PreparednessDbContext db, int governorateId, int planId, IReadOnlyCollection<DateOnly> days, ReadinessOptions options, CancellationToken ct)
    {
        var rows = new List<ReadinessSnapshot>();
        if (days.Count == 0)
        {
            return rows;
        }

        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.PlanId == planId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new ReadinessTask
            {
                Id = t.Id, TitleAr = "", TitleEn = "", CreatedAt = t.CreatedAt, OrganisationId = t.OrganisationId, LocalUnitId = t.LocalUnitId,
                Category = t.Category, StormCode = t.StormCode, Priority = t.Priority, Measure = t.Measure, Target = t.Target, DueOn = t.DueOn,
            })
            .ToListAsync(ct);
        var history = await db.TaskHistory.AsNoTracking()
            .Where(h => db.Tasks.Any(t => t.Id == h.TaskId && t.PlanId == planId))
            .OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new { h.TaskId, h.At, h.Changes })
            .ToListAsync(ct);

        var byId = tasks.ToDictionary(t => t.Id);
        int nextTask = 0, nextEntry = 0;
        var states = new List<ReadinessTask>();
        foreach (var day in days.Order())
        {
            var end = EndOfCairoDay(day);
            while (nextTask < tasks.Count && tasks[nextTask].CreatedAt < end)
            {
                states.Add(tasks[nextTask++]);
            }

            for (; nextEntry < history.Count && history[nextEntry].At < end; nextEntry++)
            {
                var entry = history[nextEntry];
                var state = byId[entry.TaskId];
                state.LastUpdatedAt = entry.At;
                foreach (var change in entry.Changes)
                {
                    TaskStates.Apply(state, change.Field, change.To);
                }
            }

            var moment = new ReadinessScore.Moment(day, ReadinessScore.StaleBefore(end, options.StaleAfterDays), day.AddDays(options.AtRiskWithinDays), options.AtRiskBelowProgress);
            var groups = states.AsQueryable().Figures(moment).GroupTallies().ToList();
            rows.AddRange(SnapshotRows.Of(governorateId, planId, day, groups));
        }

        return rows;
    }

    public static DateTimeOffset EndOfCairoDay(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, CairoTime.Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
