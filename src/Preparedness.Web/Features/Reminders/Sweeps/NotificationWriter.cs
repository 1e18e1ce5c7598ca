using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders.Email;
using Preparedness.Web.Features.Reminders.Notifications;

namespace Preparedness.Web.Features.Reminders.Sweeps;

/// <summary>
/// Writes a <see cref="ReminderBatch"/> in ONE statement: the occurrences (ON CONFLICT DO NOTHING on
/// their unique key), a notification for each recipient of the occurrences that were new, an in-app
/// delivery (sent) and an email delivery (pending) for each. Being one statement it is one
/// transaction: a notification exists exactly when its occurrence does, so whatever runs a batch
/// again — a retry, a second run, another instance at the same moment — finds the key taken and
/// tells no one twice.
/// </summary>
internal sealed class NotificationWriter(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    IEmailDeliveryTrigger emailTrigger,
    Microsoft.Extensions.Options.IOptions<EmailOptions> email)
{
    /// <summary>The columns, in order, every batch's candidates SELECT returns.</summary>
    public const string CandidateColumns =
        "kind, governorate_id, task_id, organisation_id, occurrence_key, days, due_on, storm_code, storm_expected_on, sent_by_id, sent_by_name, payload";

    public async Task<WriteResult> WriteAsync(ReminderBatch batch, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var result = await WriteAsync(db, batch, ct);
        await AnnounceAsync(result, ct);
        return result;
    }

    /// <summary>Within the caller's context (and transaction, if it has one); the caller announces the result.</summary>
    public async Task<WriteResult> WriteAsync(PreparednessDbContext db, ReminderBatch batch, CancellationToken ct)
    {
        var parameters = batch.Parameters
            .Append(new NpgsqlParameter("now", clock.GetUtcNow()))
            .Append(new NpgsqlParameter("roles", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = RolesOf(batch.Audience) })
            .Append(new NpgsqlParameter("email", email.Value.Enabled))
            .ToArray<object>();
        var rows = await db.Database.SqlQueryRaw<WrittenRow>(Sql(batch), parameters).ToListAsync(ct);
        return rows.Count == 0
            ? WriteResult.None
            : new WriteResult(rows.ToDictionary(r => r.UserId, r => r.Notifications), rows.Sum(r => r.Emails), rows.Min(r => r.FirstId), rows.Max(r => r.LastId));
    }

    /// <summary>
    /// Once committed: tells every instance's open screens through PostgreSQL NOTIFY (heard by every instance's
    /// live listener, <see cref="BellUpdates"/>) and starts sending the emails.
    /// </summary>
    public async Task AnnounceAsync(WriteResult result, CancellationToken ct)
    {
        if (result.Notifications > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.AnnounceAsync(new NotificationsAdded(result.FirstId, result.LastId), ct);
        }

        if (result.EmailsQueued > 0)
        {
            emailTrigger.DeliverSoon();
        }
    }

    private static string[] RolesOf(Audience audience) => audience switch
    {
        // A partner is reminded of its own organisation's work as its head would be.
        Audience.OrganisationHeads => [Accounts.Roles.OrganisationHead, Accounts.Roles.Partner],
        Audience.Secretariat => [Accounts.Roles.Secretariat],
        Audience.OrganisationHeadsAndSecretariat => [Accounts.Roles.OrganisationHead, Accounts.Roles.Secretariat],
        _ => [Accounts.Roles.Secretariat, Accounts.Roles.MilitaryAdviser],
    };

    private static string Sql(ReminderBatch batch) => $"""
        WITH candidates ({CandidateColumns}) AS (
            {batch.CandidatesSql}
        ),
        occurrences AS (
            INSERT INTO reminder_occurrences ({CandidateColumns}, created_at)
            SELECT {CandidateColumns}, @now FROM candidates
            ON CONFLICT DO NOTHING
            RETURNING id, governorate_id, organisation_id, task_id, days, due_on, payload
        ),
        {(batch.BundleByOrganisation ? Bundles(batch.Kind) : batch.BundlePayloads ? PayloadBundles(batch.Kind) : "told AS (SELECT id, governorate_id, organisation_id FROM occurrences),")}
        recipients AS (
            {Recipients(batch.Audience)}
        ),
        notified AS (
            INSERT INTO notifications (occurrence_id, recipient_user_id, created_at)
            SELECT occurrence_id, user_id, @now FROM recipients
            RETURNING id, recipient_user_id
        ),
        in_app AS (
            INSERT INTO notification_deliveries (notification_id, channel, status, attempts, created_at, sent_at)
            SELECT id, 'InApp', 'Sent', 1, @now, @now FROM notified
        ),
        emails AS (
            INSERT INTO notification_deliveries (notification_id, channel, status, address, attempts, created_at, next_attempt_at)
            SELECT n.id, 'Email', 'Pending', u.email, 0, @now, @now
            FROM notified n JOIN "AspNetUsers" u ON u.id = n.recipient_user_id
            WHERE @email AND NOT u.email_opt_out AND coalesce(u.email, '') <> ''
            RETURNING notification_id
        )
        SELECT n.recipient_user_id AS user_id, count(*)::int AS notifications, count(e.notification_id)::int AS emails,
               min(n.id) AS first_id, max(n.id) AS last_id
        FROM notified n LEFT JOIN emails e ON e.notification_id = n.id
        GROUP BY n.recipient_user_id
        """;

    /// <summary>
    /// One occurrence per organisation for the tasks this statement has just written (keyed by the first of
    /// their ids, so it is new whenever they are), listing them in its payload (<see cref="BundlePayload"/>).
    /// </summary>
    private static string Bundles(ReminderKind kind) => $"""
        told AS (
            INSERT INTO reminder_occurrences ({CandidateColumns}, created_at)
            SELECT '{kind}', o.governorate_id, NULL, o.organisation_id, 'tasks:' || min(o.id), max(o.days), min(o.due_on),
                   NULL, NULL, NULL, NULL,
                   jsonb_build_object('{BundlePayload.TasksKey}', jsonb_agg(jsonb_build_object(
                       'id', t.id, 'titleAr', t.title_ar, 'titleEn', t.title_en, 'days', o.days, 'dueOn', o.due_on) ORDER BY o.days DESC, t.id)),
                   @now
            FROM occurrences o JOIN readiness_tasks t ON t.id = o.task_id
            GROUP BY o.governorate_id, o.organisation_id
            RETURNING id, governorate_id, organisation_id
        ),
        """;

    /// <summary>One occurrence per organisation listing the payloads of its occurrences this statement has just written.</summary>
    private static string PayloadBundles(ReminderKind kind) => $"""
        told AS (
            INSERT INTO reminder_occurrences ({CandidateColumns}, created_at)
            SELECT '{kind}', o.governorate_id, NULL, o.organisation_id, 'items:' || min(o.id), max(o.days), NULL,
                   NULL, NULL, NULL, NULL,
                   jsonb_build_object('{StaleBundle.ItemsKey}', jsonb_agg(o.payload ORDER BY o.days DESC NULLS FIRST, o.id)),
                   @now
            FROM occurrences o
            GROUP BY o.governorate_id, o.organisation_id
            RETURNING id, governorate_id, organisation_id
        ),
        """;

    private static string Recipients(Audience audience)
    {
        const string hasRole = """
            EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id WHERE ur.user_id = u.id AND r.name = ANY (@roles))
            """;
        if (audience == Audience.OrganisationHeadsAndSecretariat)
        {
            return $"""
                SELECT o.id AS occurrence_id, u.id AS user_id FROM told o JOIN "AspNetUsers" u ON u.organisation_id = o.organisation_id
                WHERE EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id WHERE ur.user_id = u.id AND r.name IN ('{Accounts.Roles.OrganisationHead}', '{Accounts.Roles.Partner}'))
                UNION
                SELECT o.id, u.id FROM told o JOIN "AspNetUsers" u ON u.governorate_id = o.governorate_id
                WHERE EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id WHERE ur.user_id = u.id AND r.name = '{Accounts.Roles.Secretariat}')
                """;
        }

        if (audience != Audience.OrganisationHeads)
        {
            return $"""SELECT o.id AS occurrence_id, u.id AS user_id FROM told o JOIN "AspNetUsers" u ON u.governorate_id = o.governorate_id WHERE {hasRole}""";
        }

        return $"""
            SELECT o.id AS occurrence_id, u.id AS user_id FROM told o JOIN "AspNetUsers" u ON u.organisation_id = o.organisation_id WHERE {hasRole}
            UNION
            SELECT o.id, u.id FROM told o
            JOIN organisations org ON org.id = o.organisation_id AND {ReminderSweeps.SecretariatOffice}
            JOIN "AspNetUsers" u ON u.governorate_id = o.governorate_id
            WHERE EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r.id = ur.role_id
                          WHERE ur.user_id = u.id AND r.name = '{Accounts.Roles.Secretariat}')
            """;
    }

    private sealed record WrittenRow(string UserId, int Notifications, int Emails, long FirstId, long LastId);
}
