using Npgsql;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Reminders.RemindNow;

/// <summary>"Remind now" written like any other reminder, so it is recorded and delivered the same way.</summary>
internal static class RemindNowBatches
{
    public static ReminderBatch Task(int taskId, string key, Actor sender) => new(
        ReminderKind.RemindNow,
        """
        SELECT 'RemindNow', t.governorate_id, t.id, t.organisation_id, @key, NULL::int, t.due_on,
               NULL::varchar, NULL::date, @sent_by_id, @sent_by_name, NULL::jsonb
        FROM readiness_tasks t WHERE t.id = @task_id
        """,
        Audience.OrganisationHeads,
        [.. Common(key, sender), new NpgsqlParameter("task_id", taskId)]);

    /// <param name="openTasks">Kept as the occurrence's days: the message says how many tasks are open.</param>
    public static ReminderBatch Organisation(int organisationId, int openTasks, string key, Actor sender) => new(
        ReminderKind.RemindNow,
        """
        SELECT 'RemindNow', o.governorate_id, NULL::int, o.id, @key, @open_tasks, NULL::date,
               NULL::varchar, NULL::date, @sent_by_id, @sent_by_name, NULL::jsonb
        FROM organisations o WHERE o.id = @organisation_id
        """,
        Audience.OrganisationHeads,
        [.. Common(key, sender), new NpgsqlParameter("organisation_id", organisationId), new NpgsqlParameter("open_tasks", openTasks)]);

    private static NpgsqlParameter[] Common(string key, Actor sender) =>
    [
        new("key", key),
        new("sent_by_id", sender.UserId),
        new("sent_by_name", sender.Name),
    ];
}
