using Preparedness.Web.Features.Localization;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Tasks;

/// <summary>
/// The one definition of readiness. Each task earns a credit between 0 and 1:
/// reported done or verified = 1; a stale unfinished task = 0 (not reported is never ready);
/// a quantity task = achieved ÷ target, capped at 1; any other unfinished task = 0.
/// A group's score is the priority-weighted mean credit (normal 1, high 2, critical 3).
/// </summary>
internal static class ReadinessScore
{
    /// <summary>The moment of "today" the flags are computed against.</summary>
    internal sealed record Moment(DateOnly Today, DateTimeOffset StaleBefore, DateOnly AtRiskUntil, decimal AtRiskBelow)
    {
        public static Moment At(TimeProvider clock, ReadinessOptions options)
        {
            var today = CairoTime.Today(clock);
            return new Moment(
                today,
                ReadinessScore.StaleBefore(clock.GetUtcNow(), options.StaleAfterDays),
                today.AddDays(options.AtRiskWithinDays),
                options.AtRiskBelowProgress);
        }
    }

    /// <summary>
    /// Updates before this instant are stale: exactly <paramref name="staleAfterDays"/> × 24 hours
    /// before now (an update exactly that old is not yet stale), whatever Cairo's clocks did meanwhile.
    /// </summary>
    public static DateTimeOffset StaleBefore(DateTimeOffset now, int staleAfterDays) => now.AddDays(-staleAfterDays);

    /// <summary>Judges each task against the moment; translates to SQL, so lists filter and groups sum in the database.</summary>
    public static IQueryable<AssessedTask> Assess(this IQueryable<ReadinessTask> tasks, Moment m) =>
        tasks
            .Select(t => new
            {
                Task = t,
                Done = t.Status == TaskStatus.ReportedDone || t.Status == TaskStatus.Verified,
                Stale = t.LastUpdatedAt < m.StaleBefore,
                Progress = t.Measure == MeasureKind.Quantity && t.Target > 0
                    ? (t.Achieved >= t.Target ? 1m : t.Achieved / t.Target!.Value)
                    : 0m,
            })
            .Select(x => new AssessedTask
            {
                Task = x.Task,
                Done = x.Done,
                Credit = x.Done ? 1m : x.Stale ? 0m : x.Progress,
                Overdue = !x.Done && x.Task.DueOn < m.Today,
                AtRisk = !x.Done && x.Task.DueOn >= m.Today && x.Task.DueOn <= m.AtRiskUntil && x.Progress < m.AtRiskBelow,
                Stale = !x.Done && x.Stale,
            });

    public static IQueryable<TaskFigures> Figures(this IQueryable<ReadinessTask> tasks, Moment m) =>
        tasks.Assess(m).Select(a => new TaskFigures
        {
            OrganisationId = a.Task.OrganisationId,
            LocalUnitId = a.Task.LocalUnitId,
            Category = a.Task.Category,
            StormCode = a.Task.StormCode,
            Weight = (int)a.Task.Priority,
            Credit = a.Credit,
            Verified = a.Task.Status == TaskStatus.Verified,
            ReportedDone = a.Task.Status == TaskStatus.ReportedDone,
            Overdue = a.Overdue,
            AtRisk = a.AtRisk,
            Stale = a.Stale,
            LastUpdatedAt = a.Task.LastUpdatedAt,
        });

    /// <summary>The same rule for one task held in memory (task page, tests).</summary>
    public static decimal Credit(ReadinessTask task, Moment m) =>
        task.IsDone ? 1m
        : task.LastUpdatedAt < m.StaleBefore ? 0m
        : Progress(task);

    public static decimal Progress(ReadinessTask task) =>
        task.Measure == MeasureKind.Quantity && task.Target > 0 ? Math.Min(1m, task.Achieved / task.Target.Value)
        : task.IsDone ? 1m
        : 0m;
}

internal sealed class AssessedTask
{
    public required ReadinessTask Task { get; init; }
    public bool Done { get; init; }
    public decimal Credit { get; init; }
    public bool Overdue { get; init; }
    public bool AtRisk { get; init; }
    public bool Stale { get; init; }
}

internal sealed class TaskFigures
{
    public int OrganisationId { get; init; }
    public int? LocalUnitId { get; init; }
    public TaskCategory Category { get; init; }
    public string? StormCode { get; init; }
    public int Weight { get; init; }
    public decimal Credit { get; init; }
    public bool Verified { get; init; }
    public bool ReportedDone { get; init; }
    public bool Overdue { get; init; }
    public bool AtRisk { get; init; }
    public bool Stale { get; init; }
    public DateTimeOffset LastUpdatedAt { get; init; }
}
