using Microsoft.EntityFrameworkCore;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Structure;

internal static class AuditedInsert
{
    /// <summary>
    /// Saves a new record and then its audit row (which needs the new id) in one transaction. False when
    /// someone took the code in between: the unique index decides, and nothing is kept.
    /// </summary>
    public static async Task<bool> InsertAuditedAsync(this PreparednessDbContext db, Action audit, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }

        audit();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
