using Microsoft.EntityFrameworkCore;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Accounts.Lockout;

/// <summary>
/// Counts the sign-in posts the rate limit refuses, per address and minute, in one row each. A flood of
/// refusals must not become a flood of permanent audit rows: the audit trail gets a row at the 1st, 10th,
/// 100th… refusal of a minute from an address, each carrying the count so far.
/// </summary>
internal sealed class SignInThrottles(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    /// <returns>The count of refusals from this address in this minute, this one included.</returns>
    public async Task<int> CountAsync(string source, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var window = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var refused = (await db.Database.SqlQueryRaw<int>(
            """
            INSERT INTO sign_in_throttles (source, window_start, refused) VALUES (@source, @window, 1)
            ON CONFLICT (source, window_start) DO UPDATE SET refused = sign_in_throttles.refused + 1
            RETURNING refused AS "Value"
            """,
            new NpgsqlParameter("source", SignInLocks.Bound(source, 64)),
            new NpgsqlParameter("window", window)).ToListAsync(ct))[0];
        if (refused == 1)
        {
            var old = now.AddDays(-7);
            await db.Set<SignInThrottle>().Where(t => t.WindowStart < old).ExecuteDeleteAsync(ct);
        }

        return refused;
    }

    /// <summary>1, 10, 100, 1000…</summary>
    public static bool IsWorthRecording(int refused)
    {
        while (refused % 10 == 0)
        {
            refused /= 10;
        }

        return refused == 1;
    }
}
