using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.National;

/// <summary>
/// Recomputes every tally from the tasks, compares with what the triggers kept and, when they differ, rebuilds the
/// table and logs the drift. Task writes wait for the few hundred milliseconds it takes (a lock), so a difference
/// found is real drift (a trigger disabled by hand, a restore of one table), never a write in flight.
/// Idempotent: a second run finds nothing.
/// </summary>
internal sealed class TallyRepairJob(IDbContextFactory<PreparednessDbContext> dbFactory, ILogger<TallyRepairJob> logger)
{
    public const string Name = "tally-repair";

    /// <returns>How many tally rows differed.</returns>
    public async Task<int> ExecuteAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE readiness_tasks IN SHARE MODE", ct);
        var drift = await db.Database.SqlQueryRaw<int>(TallySql.Drift).SingleAsync(ct);
        if (drift > 0)
        {
            logger.LogWarning("National tallies: {Rows} rows drifted from the tasks; rebuilt", drift);
            await db.Database.ExecuteSqlRawAsync(TallySql.Rebuild, ct);
        }

        await transaction.CommitAsync(ct);
        return drift;
    }
}
