using Npgsql;
using NpgsqlTypes;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Reminders.Sweeps;

/// <summary>
/// The daily reminder rules, each one set-based SELECT over the open tasks of every governorate's
/// current plan. Each occurrence key names what was said, so a rule that matches the same task again
/// (the job ran twice, or the task is still 2 days from its due date tomorrow) adds nothing.
/// </summary>
internal static class ReminderSweeps
{
    /// <summary>Unfinished tasks of each governorate's current plan, by the score's own rules (<see cref="ReadinessSql"/>).</summary>
    private const string OpenTasks = $"""
        SELECT t.* FROM readiness_tasks t
        JOIN ({ReadinessSql.CurrentPlanIds}) p ON p.id = t.plan_id
        WHERE {ReadinessSql.Open}
        """;

    private const string NoStorm = "NULL::varchar, NULL::date, NULL::varchar, NULL::varchar, NULL::jsonb";

    /// <summary>
    /// Reminded once per configured offset (3 and 1 days by default) before the due date. A task that
    /// missed an offset (created late, or the job did not run that day) gets it on the next run with
    /// the days actually left, never one per day in between.
    /// </summary>
    public static ReminderBatch DueSoon(DateOnly today, IReadOnlyList<int> offsets) => new(
        ReminderKind.DueSoon,
        $"""
        SELECT 'DueSoon', t.governorate_id, t.id, t.organisation_id,
               'due:' || to_char(t.due_on, 'YYYY-MM-DD') || ':' || b.offset_days, t.due_on - @today, t.due_on, {NoStorm}
        FROM ({OpenTasks}) t
        CROSS JOIN LATERAL (SELECT min(d) AS offset_days FROM unnest(@offsets) d WHERE d >= t.due_on - @today) b
        WHERE t.due_on >= @today AND t.due_on <= @today + @max_offset AND b.offset_days IS NOT NULL
        """,
        Audience.OrganisationHeads,
        [Today(today), new("offsets", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = offsets.ToArray() }, new("max_offset", offsets.Max())]);

    /// <summary>Every Cairo day a task is past due and not done.</summary>
    public static ReminderBatch Overdue(DateOnly today) => new(
        ReminderKind.Overdue,
        $"""
        SELECT 'Overdue', t.governorate_id, t.id, t.organisation_id,
               'day:' || to_char(@today, 'YYYY-MM-DD'), @today - t.due_on, t.due_on, {NoStorm}
        FROM ({OpenTasks}) t
        WHERE {ReadinessSql.Overdue}
        """,
        Audience.OrganisationHeads,
        [Today(today)]);

    /// <summary>
    /// Once per due date, when the owner is still late (overdue) after the escalation delay; told to the
    /// secretariat as one notification per organisation. Never for the secretariat's own office
    /// (<see cref="Audience.OrganisationHeads"/>): it owns that work and is reminded of it as its owner.
    /// </summary>
    public static ReminderBatch Escalation(DateOnly today, int afterDays) => new(
        ReminderKind.Escalation,
        $"""
        SELECT 'Escalation', t.governorate_id, t.id, t.organisation_id,
               'due:' || to_char(t.due_on, 'YYYY-MM-DD'), @today - t.due_on, t.due_on, {NoStorm}
        FROM ({OpenTasks}) t
        WHERE {ReadinessSql.Overdue} AND t.due_on <= @today - @after_days
          AND NOT EXISTS (SELECT 1 FROM organisations org WHERE org.id = t.organisation_id AND {SecretariatOffice})
        """,
        Audience.Secretariat,
        [Today(today), new("after_days", afterDays)],
        BundleByOrganisation: true);

    /// <summary>The governorate's own offices (its secretariat, the diwan): the secretariat is their owner.</summary>
    public const string SecretariatOffice = $"org.kind = '{nameof(Organisations.OrganisationKind.GovernorateOffice)}'";

    /// <summary>
    /// An unfinished task nobody reported on for <paramref name="staleAfterDays"/> (the score's own
    /// definition of stale), once per such period of silence. Overdue tasks are left to the daily overdue reminder.
    /// </summary>
    public static ReminderBatch Stale(DateOnly today, DateTimeOffset now, int staleAfterDays) => new(
        ReminderKind.Stale,
        $"""
        SELECT 'Stale', t.governorate_id, t.id, t.organisation_id,
               'since:' || to_char(t.last_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || ':' || s.periods,
               s.days, t.due_on, {NoStorm}
        FROM ({OpenTasks}) t
        CROSS JOIN LATERAL (SELECT floor(extract(epoch FROM @at - t.last_updated_at) / 86400)::int AS days) d
        CROSS JOIN LATERAL (SELECT d.days AS days, d.days / @stale_days AS periods) s
        WHERE {ReadinessSql.Stale} AND NOT {ReadinessSql.Overdue}
        """,
        Audience.OrganisationHeads,
        [Today(today), ReadinessSql.StaleBefore(ReadinessScore.StaleBefore(now, staleAfterDays)), new("at", now), new("stale_days", staleAfterDays)]);

    /// <summary>
    /// Tasks tied to a named storm, from <paramref name="leadDays"/> before the storm's window opens
    /// until the window closes. The windows are worked out in C# (<see cref="StormCalendar"/>), per plan,
    /// and only those open for reminders today are passed in.
    /// </summary>
    public static ReminderBatch Storm(DateOnly today, IReadOnlyList<(int PlanId, StormWindow Window)> windows) => new(
        ReminderKind.Storm,
        $"""
        SELECT 'Storm', t.governorate_id, t.id, t.organisation_id,
               'storm:' || w.storm_code || ':' || to_char(w.expected_on, 'YYYY-MM-DD'), w.expected_on - @today, t.due_on,
               w.storm_code, w.expected_on, NULL::varchar, NULL::varchar, NULL::jsonb
        FROM ({OpenTasks}) t
        JOIN unnest(@plan_ids, @storm_codes, @expected_on) AS w(plan_id, storm_code, expected_on)
          ON w.plan_id = t.plan_id AND w.storm_code = t.storm_code
        """,
        Audience.OrganisationHeads,
        [
            Today(today),
            new("plan_ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = windows.Select(w => w.PlanId).ToArray() },
            new("storm_codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = windows.Select(w => w.Window.Storm.Code).ToArray() },
            new("expected_on", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = windows.Select(w => w.Window.ExpectedOn).ToArray() },
        ]);

    public static NpgsqlParameter Today(DateOnly today) => ReadinessSql.Today(today);
}
