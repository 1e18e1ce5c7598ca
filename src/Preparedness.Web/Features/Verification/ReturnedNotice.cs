using Npgsql;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Verification;

/// <summary>
/// "Your work was returned": told to the heads of the task's organisation through the reminders'
/// notifications (bell, live, email), written in the review's own transaction. The occurrence is the
/// review's history entry, so the same return can never be told twice.
/// </summary>
internal static class ReturnedNotice
{
    public static ReminderBatch For(int taskId, long historyEntryId, Actor reviewer, string comment) => new(
        ReminderKind.Returned,
        $"""
        SELECT 'Returned', t.governorate_id, t.id, t.organisation_id, @key, NULL::int, t.due_on,
               NULL::varchar, NULL::date, @sent_by_id, @sent_by_name, jsonb_build_object('{ReturnedPayload.CommentKey}', @comment::text)
        FROM readiness_tasks t WHERE t.id = @task_id
        """,
        Audience.OrganisationHeads,
        [
            new NpgsqlParameter("key", $"history:{historyEntryId}"),
            new NpgsqlParameter("sent_by_id", reviewer.UserId),
            new NpgsqlParameter("sent_by_name", reviewer.Name),
            new NpgsqlParameter("comment", comment),
            new NpgsqlParameter("task_id", taskId),
        ]);
}
