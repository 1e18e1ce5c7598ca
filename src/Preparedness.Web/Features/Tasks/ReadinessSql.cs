using Npgsql;
using NpgsqlTypes;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Tasks;

/// <summary>
/// <see cref="ReadinessScore"/>'s rules for the statements written in SQL (the reminder sweeps, the
/// digest): conditions over <c>readiness_tasks t</c> and the parameters made here. They sit beside the
/// LINQ so that a change to one is made next to the other, and the agreement tests run both over tasks
/// on each side of every boundary and require the same answers.
/// </summary>
internal static class ReadinessSql
{
    public const string Done = $"t.status IN ('{nameof(TaskStatus.ReportedDone)}', '{nameof(TaskStatus.Verified)}')";

    public const string Open = $"t.status NOT IN ('{nameof(TaskStatus.ReportedDone)}', '{nameof(TaskStatus.Verified)}')";

    /// <summary>Needs <see cref="Today"/>.</summary>
    public const string Overdue = $"({Open} AND t.due_on < @today)";

    /// <summary>Needs <see cref="StaleBefore"/>: an instant worked out in C#, as the score does, never by date arithmetic in the session's time zone.</summary>
    public const string Stale = $"({Open} AND t.last_updated_at < @stale_before)";

    /// <summary>
    /// Each governorate's current plan (as <see cref="Plans.PlanScope"/>): the latest to have started,
    /// else the first to come; the newest plan breaks a tie. Needs <see cref="Today"/>.
    /// </summary>
    public const string CurrentPlanIds = """
        SELECT DISTINCT ON (governorate_id) id FROM plans
        ORDER BY governorate_id, starts_on > @today,
                 CASE WHEN starts_on <= @today THEN starts_on ELSE DATE '0001-01-01' END DESC, starts_on, id DESC
        """;

    public static NpgsqlParameter Today(DateOnly today) => new("today", NpgsqlDbType.Date) { Value = today };

    public static NpgsqlParameter StaleBefore(DateTimeOffset staleBefore) =>
        new("stale_before", NpgsqlDbType.TimestampTz) { Value = staleBefore };
}
