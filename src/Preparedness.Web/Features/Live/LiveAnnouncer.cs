using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// Saves and announces in one transaction: PostgreSQL delivers a NOTIFY only when its transaction
/// commits, so a change that fails or rolls back is never announced, and every app instance
/// listening on the channel hears every committed change.
/// </summary>
internal static class LiveAnnouncer
{
    public const string Channel = "preparedness_live";

    /// <param name="afterInsert">Adds rows that need the ids just generated (audit of new tasks); saved in the same transaction.</param>
    /// <param name="beforeCommit">Writes more in the same transaction once the changes are saved (the notifications a review causes).</param>
    public static async Task SaveAndAnnounceAsync(
        this PreparednessDbContext db,
        Func<TaskChange> change,
        CancellationToken ct,
        Action? afterInsert = null,
        Func<CancellationToken, Task>? beforeCommit = null)
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

        var payload = JsonSerializer.Serialize(change(), LiveJson.Options);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", ct);
        await transaction.CommitAsync(ct);
    }
}

internal static class LiveJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
