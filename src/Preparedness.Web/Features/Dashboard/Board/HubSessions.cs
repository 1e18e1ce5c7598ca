using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Dashboard.Board;

/// <summary>
/// The hub connections open on this instance, with the account state they were opened under. A wall
/// board stays connected for days; the cookie is checked only when it (re)connects, so these are
/// re-checked like Blazor circuits (<see cref="HubSessionRevalidator"/>).
/// </summary>
internal sealed class HubSessions
{
    private readonly ConcurrentDictionary<string, HubSession> open = new();

    public void Add(HubCallerContext context, string securityStampClaimType)
    {
        if (context.UserIdentifier is { } userId)
        {
            open[context.ConnectionId] = new HubSession(context, userId, context.User?.FindFirstValue(securityStampClaimType));
        }
    }

    public void Remove(string connectionId) => open.TryRemove(connectionId, out _);

    public IReadOnlyList<HubSession> Snapshot() => [.. open.Values];
}

internal sealed record HubSession(HubCallerContext Context, string UserId, string? SecurityStamp);

/// <summary>
/// Every <see cref="SecurityOptions.RevalidationInterval"/> (a minute), closes the hub connections of
/// accounts that were deactivated, locked out or changed (a new security stamp) since they connected.
/// One query for all of them. A closed wall board reconnects, and its cookie is then refused.
/// </summary>
internal sealed class HubSessionRevalidator(
    HubSessions sessions,
    IDbContextFactory<PreparednessDbContext> dbFactory,
    IOptions<SecurityOptions> security,
    TimeProvider clock,
    ILogger<HubSessionRevalidator> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(security.Value.RevalidationInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RevalidateAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Re-checking open hub connections failed; trying again at the next interval");
            }
        }
    }

    /// <returns>How many connections were closed.</returns>
    public async Task<int> RevalidateAsync(CancellationToken ct)
    {
        var open = sessions.Snapshot();
        if (open.Count == 0)
        {
            return 0;
        }

        var ids = open.Select(s => s.UserId).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var valid = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.IsActive && (u.LockoutEnd == null || u.LockoutEnd <= now))
            .ToDictionaryAsync(u => u.Id, u => u.SecurityStamp, ct);
        var closed = 0;
        foreach (var session in open.Where(s => !valid.TryGetValue(s.UserId, out var stamp) || stamp != s.SecurityStamp))
        {
            log.LogInformation("Closing hub connection {ConnectionId} of user {UserId}: the account changed or was deactivated", session.Context.ConnectionId, session.UserId);
            session.Context.Abort();
            sessions.Remove(session.Context.ConnectionId);
            closed++;
        }

        return closed;
    }
}
