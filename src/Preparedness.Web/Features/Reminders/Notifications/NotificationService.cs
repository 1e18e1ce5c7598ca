using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>A user's own notifications: the bell's count, the list, marking read, and the email preference.</summary>
internal sealed class NotificationService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int PageSize = 30;

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.RecipientUserId == actor.UserId && n.ReadAt == null, ct);
    }

    /// <summary>Newest first; <paramref name="before"/> (an id) pages back.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(Actor actor, int take = PageSize, long? before = null, bool unreadOnly = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientUserId == actor.UserId)
            .Where(n => before == null || n.Id < before)
            .Where(n => !unreadOnly || n.ReadAt == null)
            .OrderByDescending(n => n.Id)
            .Take(Math.Clamp(take, 1, 100))
            .ToViews(db)
            .ToListAsync(ct);
    }

    /// <summary>Only the user's own: an id of someone else's notification changes nothing.</summary>
    public async Task<int> MarkReadAsync(Actor actor, long notificationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.Notifications
            .Where(n => n.Id == notificationId && n.RecipientUserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task<int> MarkAllReadAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.Notifications
            .Where(n => n.RecipientUserId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task<bool> WantsEmailAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == actor.UserId).Select(u => !u.EmailOptOut).SingleOrDefaultAsync(ct);
    }

    /// <summary>Applies to notifications written from now on; emails already queued still go out.</summary>
    public async Task SetWantsEmailAsync(Actor actor, bool wantsEmail, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Users.Where(u => u.Id == actor.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailOptOut, !wantsEmail), ct);
    }
}
