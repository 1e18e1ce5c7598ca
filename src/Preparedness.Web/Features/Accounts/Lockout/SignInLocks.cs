using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Accounts.Lockout;

/// <summary>
/// Locks one address out of one user name after repeated wrong passwords, for a time that doubles with
/// each further lock (15 minutes, 30, 60… up to a day). Nobody else is locked out of the account: a
/// stranger guessing the governor's password stops only himself, and the governor still signs in from
/// her own device. Counting happens in PostgreSQL, so every instance behind a balancer counts together.
/// </summary>
internal sealed class SignInLocks(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, IOptions<SecurityOptions> options)
{
    private static readonly TimeSpan LongestLock = TimeSpan.FromDays(1);

    public async Task<bool> IsLockedAsync(string userName, string source, CancellationToken ct = default)
    {
        (userName, source) = (Bound(userName), Bound(source, 64));
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SignInLock>().AnyAsync(l => l.UserName == userName && l.Source == source && l.LockedUntil > now, ct);
    }

    /// <summary>Counts a wrong password; returns when the lock ends if this failure started one (exactly one caller sees it).</summary>
    public async Task<DateTimeOffset?> FailAsync(string userName, string source, CancellationToken ct = default)
    {
        (userName, source) = (Bound(userName), Bound(source, 64));
        var now = clock.GetUtcNow();
        var o = options.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // Failures older than a lock's length no longer count; locks older than a day are forgotten.
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO sign_in_locks (user_name, source, failures, locks, last_failed_at)
            VALUES (@name, @source, 1, 0, @now)
            ON CONFLICT (user_name, source) DO UPDATE SET
                failures = CASE WHEN sign_in_locks.last_failed_at < @now - @window THEN 1 ELSE sign_in_locks.failures + 1 END,
                locks = CASE WHEN sign_in_locks.last_failed_at < @now - interval '1 day' THEN 0 ELSE sign_in_locks.locks END,
                last_failed_at = @now
            """,
            [Name(userName), Source(source), new NpgsqlParameter("now", now), new NpgsqlParameter("window", o.FirstLockDuration)],
            ct);
        var locked = await db.Database.SqlQueryRaw<int>(
            """
            UPDATE sign_in_locks SET failures = 0, locks = locks + 1
            WHERE user_name = @name AND source = @source AND failures >= @max
            RETURNING locks AS "Value"
            """,
            Name(userName), Source(source), new NpgsqlParameter("max", o.FailuresBeforeLock)).ToListAsync(ct);
        if (locked is not [var locks])
        {
            return null;
        }

        var until = now + Duration(o.FirstLockDuration, locks);
        await db.Set<SignInLock>().Where(l => l.UserName == userName && l.Source == source).ExecuteUpdateAsync(u => u.SetProperty(l => l.LockedUntil, until), ct);
        await db.Set<SignInLock>().Where(l => l.LastFailedAt < now - LongestLock && !(l.LockedUntil > now)).ExecuteDeleteAsync(ct);
        return until;
    }

    /// <summary>A right password from this address forgets its failures.</summary>
    public async Task ForgetAsync(string userName, string source, CancellationToken ct = default)
    {
        (userName, source) = (Bound(userName), Bound(source, 64));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Set<SignInLock>().Where(l => l.UserName == userName && l.Source == source).ExecuteDeleteAsync(ct);
    }

    /// <summary>Unlocks the name from every address; returns how many addresses were locked out of it.</summary>
    public async Task<int> UnlockAsync(string userName, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var locked = await db.Set<SignInLock>().CountAsync(l => l.UserName == userName && l.LockedUntil > now, ct);
        await db.Set<SignInLock>().Where(l => l.UserName == userName).ExecuteDeleteAsync(ct);
        return locked;
    }

    public static TimeSpan Duration(TimeSpan first, int locks) =>
        TimeSpan.FromTicks(Math.Min(LongestLock.Ticks, first.Ticks * (1L << Math.Clamp(locks - 1, 0, 20))));

    /// <summary>The key as stored: a name longer than any account's is still counted, by its first 256 characters.</summary>
    public static string Bound(string text, int length = 256) => text.Length > length ? text[..length] : text;

    private static NpgsqlParameter Name(string userName) => new("name", Bound(userName));

    private static NpgsqlParameter Source(string source) => new("source", Bound(source, 64));
}
