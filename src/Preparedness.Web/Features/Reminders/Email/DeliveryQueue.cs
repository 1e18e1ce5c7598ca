using Microsoft.EntityFrameworkCore;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Reminders.Email;

/// <summary>An email delivery claimed for one attempt.</summary>
internal sealed record ClaimedDelivery(long Id, long NotificationId, string Address, int Attempts);

/// <summary>
/// Pending email deliveries as a queue in PostgreSQL. A claim counts the attempt and hides the row for
/// a lease (FOR UPDATE SKIP LOCKED: two senders never take the same row); a sender that dies mid-way
/// leaves it to be retried when the lease ends. Every update is guarded by status &lt;&gt; 'Sent', so a
/// delivery once sent is never sent or changed again.
/// </summary>
internal sealed class DeliveryQueue(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Longer than the SMTP timeout of a whole batch, so a slow server does not make two senders of one email.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Claims what is due for the next <paramref name="recipients"/> addresses in line (oldest first), all
    /// of each one's due deliveries, so that they can go in one email; at most <paramref name="maxRows"/>.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(int recipients, int maxRows, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.Database.SqlQueryRaw<ClaimedDelivery>(
            """
            UPDATE notification_deliveries d
            SET attempts = d.attempts + 1, last_attempt_at = @now, next_attempt_at = @lease_until
            FROM (
                SELECT id FROM notification_deliveries
                WHERE status = 'Pending' AND channel = 'Email' AND next_attempt_at <= @now
                  AND address IN (
                      SELECT address FROM notification_deliveries
                      WHERE status = 'Pending' AND channel = 'Email' AND next_attempt_at <= @now
                      ORDER BY next_attempt_at, id
                      LIMIT @recipients)
                ORDER BY next_attempt_at, id
                LIMIT @max_rows
                FOR UPDATE SKIP LOCKED
            ) due
            WHERE d.id = due.id
            RETURNING d.id, d.notification_id, coalesce(d.address, '') AS address, d.attempts
            """,
            new NpgsqlParameter("now", now),
            new NpgsqlParameter("lease_until", now + Lease),
            new NpgsqlParameter("recipients", recipients),
            new NpgsqlParameter("max_rows", maxRows)).ToListAsync(ct);
    }

    /// <summary>The deliveries one email carried, in one statement.</summary>
    public async Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        await db.NotificationDeliveries
            .Where(d => ids.Contains(d.Id) && d.Status != DeliveryStatus.Sent)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Sent)
                .SetProperty(d => d.SentAt, now)
                .SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(d => d.LastError, (string?)null), ct);
    }

    /// <summary>Retried after 1, 2, 4, 8… minutes (at most 2 hours) until the last attempt, then left failed with its error.</summary>
    public async Task MarkFailedAsync(ClaimedDelivery delivery, string error, int maxAttempts, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var giveUp = delivery.Attempts >= maxAttempts;
        DateTimeOffset? next = giveUp ? null : clock.GetUtcNow() + Backoff(delivery.Attempts);
        var message = error.Length > NotificationDelivery.MaxErrorLength ? error[..NotificationDelivery.MaxErrorLength] : error;
        await db.NotificationDeliveries
            .Where(d => d.Id == delivery.Id && d.Status != DeliveryStatus.Sent)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, giveUp ? DeliveryStatus.Failed : DeliveryStatus.Pending)
                .SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.LastError, message), ct);
    }

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(120, Math.Pow(2, Math.Max(0, attempts - 1))));
}
