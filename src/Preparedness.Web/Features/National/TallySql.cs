using Npgsql;
using NpgsqlTypes;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.National;

/// <summary>
/// Reads the tallies the triggers keep (migration NationalTallies) with <see cref="ReadinessScore"/>'s clock-dependent
/// rules applied at read: overdue = open tasks due before today; not reported = open tasks last updated before the
/// stale instant. Rows by day are summed on each side of the stale instant's UTC day; that one day's open tasks are
/// read exactly from the tasks themselves (a partial index holds them), so no rule is rounded to a day.
/// </summary>
internal static class TallySql
{
    public const string Standings = $"""
        WITH current_plans AS (
            SELECT p.id, p.governorate_id, p.starts_on FROM plans p WHERE p.id IN ({ReadinessSql.CurrentPlanIds})
        ),
        tallied AS (
            SELECT g.governorate_id, g.storm_code,
                   sum(g.tasks) FILTER (WHERE g.kind = 0) AS tasks,
                   sum(g.weight) FILTER (WHERE g.kind = 0) AS weight,
                   sum(g.done_weight) FILTER (WHERE g.kind = 0) AS done_weight,
                   sum(g.verified_weight) FILTER (WHERE g.kind = 0) AS verified_weight,
                   sum(g.reported_weight) FILTER (WHERE g.kind = 0) AS reported_weight,
                   sum(g.reported) FILTER (WHERE g.kind = 0) AS reported,
                   sum(g.tasks) FILTER (WHERE g.kind = 1 AND g.day < @today) AS overdue,
                   sum(g.credit) FILTER (WHERE g.kind = 2 AND g.day > @edge_day) AS fresh_credit,
                   sum(g.tasks) FILTER (WHERE g.kind = 2 AND g.day < @edge_day) AS stale
            FROM governorate_tallies g JOIN current_plans c ON c.id = g.plan_id
            GROUP BY g.governorate_id, g.storm_code
            UNION ALL
            SELECT t.governorate_id, coalesce(t.storm_code, ''), 0, 0, 0, 0, 0, 0, 0,
                   sum(CASE WHEN t.last_updated_at >= @stale_before THEN t.priority * {Progress} ELSE 0 END),
                   count(*) FILTER (WHERE t.last_updated_at < @stale_before)
            FROM readiness_tasks t JOIN current_plans c ON c.id = t.plan_id
            WHERE {ReadinessSql.Open} AND t.last_updated_at >= @edge_start AND t.last_updated_at < @edge_end
            GROUP BY t.governorate_id, coalesce(t.storm_code, '')
        )
        SELECT gv.id AS governorate_id, gv.name_ar, gv.name_en, gv.code, c.starts_on, x.storm_code,
               coalesce(sum(x.tasks), 0)::int AS tasks, coalesce(sum(x.weight), 0)::int AS weight,
               coalesce(sum(x.done_weight), 0) + coalesce(sum(x.fresh_credit), 0) AS credit,
               coalesce(sum(x.verified_weight), 0)::int AS verified_weight, coalesce(sum(x.reported_weight), 0)::int AS reported_weight,
               coalesce(sum(x.reported), 0)::int AS reported, coalesce(sum(x.overdue), 0)::int AS overdue, coalesce(sum(x.stale), 0)::int AS stale
        FROM governorates gv
        LEFT JOIN current_plans c ON c.governorate_id = gv.id
        LEFT JOIN tallied x ON x.governorate_id = gv.id
        WHERE gv.is_active
        GROUP BY gv.id, gv.name_ar, gv.name_en, gv.code, c.starts_on, x.storm_code
        """;

    /// <summary>
    /// Every row the triggers should hold, next to every row they do hold, where the two differ. Run by the repair job under
    /// a lock that keeps task writes out, so a difference is drift, never a write in flight.
    /// </summary>
    public const string Drift = """
        WITH expected AS (
            SELECT r.plan_id, r.governorate_id, r.storm_code, r.kind, r.day, sum(r.tasks)::int AS tasks, sum(r.weight)::int AS weight,
                   sum(r.done_weight)::int AS done_weight, sum(r.verified_weight)::int AS verified_weight,
                   sum(r.reported_weight)::int AS reported_weight, sum(r.reported)::int AS reported, sum(r.credit) AS credit
            FROM readiness_tasks t CROSS JOIN LATERAL governorate_tally_rows(t) r
            GROUP BY r.plan_id, r.governorate_id, r.storm_code, r.kind, r.day
        )
        SELECT count(*)::int AS "Value" FROM (
            (SELECT * FROM expected EXCEPT SELECT * FROM governorate_tallies WHERE tasks <> 0 OR credit <> 0 OR weight <> 0)
            UNION ALL
            (SELECT * FROM governorate_tallies WHERE tasks <> 0 OR credit <> 0 OR weight <> 0 EXCEPT SELECT * FROM expected)
        ) d
        """;

    public const string Rebuild = """
        DELETE FROM governorate_tallies;
        INSERT INTO governorate_tallies
        SELECT r.plan_id, r.governorate_id, r.storm_code, r.kind, r.day, sum(r.tasks), sum(r.weight), sum(r.done_weight),
               sum(r.verified_weight), sum(r.reported_weight), sum(r.reported), sum(r.credit)
        FROM readiness_tasks t CROSS JOIN LATERAL governorate_tally_rows(t) r
        GROUP BY r.plan_id, r.governorate_id, r.storm_code, r.kind, r.day;
        """;

    /// <summary>As <see cref="ReadinessScore.Assess"/>: achieved ÷ target of a quantity task, capped at 1.</summary>
    private const string Progress =
        "(CASE WHEN t.measure = 'Quantity' AND t.target > 0 THEN CASE WHEN t.achieved >= t.target THEN 1 ELSE t.achieved / t.target END ELSE 0 END)";

    public static NpgsqlParameter[] Parameters(ReadinessScore.Moment m)
    {
        var edgeStart = new DateTimeOffset(m.StaleBefore.UtcDateTime.Date, TimeSpan.Zero);
        return
        [
            ReadinessSql.Today(m.Today),
            ReadinessSql.StaleBefore(m.StaleBefore),
            new("edge_day", NpgsqlDbType.Date) { Value = DateOnly.FromDateTime(edgeStart.UtcDateTime) },
            new("edge_start", NpgsqlDbType.TimestampTz) { Value = edgeStart },
            new("edge_end", NpgsqlDbType.TimestampTz) { Value = edgeStart.AddDays(1) },
        ];
    }
}
