using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// Announces a change in the caller's transaction: PostgreSQL delivers a NOTIFY only when its
/// transaction commits, so a change that fails or rolls back is never announced, and every app
/// instance listening on the channel hears every committed change.
/// </summary>
internal static class LiveAnnouncer
{
    public const string Channel = LivePayload.Channel;

    /// <summary>Inside an open transaction: announced at its commit. Outside one: at once.</summary>
    public static async Task AnnounceAsync<TChange>(this PreparednessDbContext db, TChange change, CancellationToken ct)
        where TChange : ILiveChange
    {
        var payload = LivePayload.Write(change);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", ct);
    }

    /// <param name="change">Built after saving, so it can carry generated ids and new values.</param>
    /// <param name="afterInsert">Adds rows that need the ids just generated (audit of new tasks); saved in the same transaction.</param>
    /// <param name="beforeCommit">Writes more in the same transaction once the changes are saved (the notifications a review causes).</param>
    public static async Task SaveAndAnnounceAsync<TChange>(
        this PreparednessDbContext db,
        Func<TChange> change,
        CancellationToken ct,
        Action? afterInsert = null,
        Func<CancellationToken, Task>? beforeCommit = null)
        where TChange : ILiveChange
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (afterInsert is not null)
        {
            afterInsert();
            await db.SaveChangesAsync(ct);
        }

        if (beforeCommit is not null)
        {
            await beforeCommit(ct);
        }

        await db.AnnounceAsync(change(), ct);
        await transaction.CommitAsync(ct);
    }
}
