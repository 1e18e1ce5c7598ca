using Npgsql;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Reminders.Sweeps;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Verification;

/// <summary>
/// "Your work was returned" or "your work was verified": told to the heads of the task's organisation
/// through the reminders' notifications (bell, live, email), written in the review's own transaction.
/// The occurrence is the review's history entry, so the same review can never be told twice.
/// </summary>
internal static class ReviewNotice
{
    public static ReminderBatch For(TaskStatus outcome, int taskId, long historyEntryId, Actor reviewer, string? comment)
    {
        var kind = outcome == TaskStatus.Verified ? ReminderKind.Verified : ReminderKind.Returned;
        return new(
            kind,
            $"""
            SELECT '{kind}', t.governorate_id, t.id, t.organisation_id, @key, NULL::int, t.due_on,
                   NULL::varchar, NULL::date, @sent_by_id, @sent_by_name,
                   CASE WHEN @comment::text IS NULL THEN NULL ELSE jsonb_build_object('{ReviewPayload.CommentKey}', @comment::text) END
            FROM readiness_tasks t WHERE t.id = @task_id
            """,
            Audience.OrganisationHeads,
            [
                new NpgsqlParameter("key", $"history:{historyEntryId}"),
                new NpgsqlParameter("sent_by_id", reviewer.UserId),
                new NpgsqlParameter("sent_by_name", reviewer.Name),
                new NpgsqlParameter("comment", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)comment ?? DBNull.Value },
                new NpgsqlParameter("task_id", taskId),
            ]);
    }
}
