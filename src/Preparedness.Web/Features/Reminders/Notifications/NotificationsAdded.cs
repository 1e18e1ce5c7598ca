using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>
/// New notifications, by the range of their ids. Announced for everyone; each instance tells only the
/// users with a bell open on it (<see cref="BellUpdates"/>), in their own scope.
/// </summary>
public sealed record NotificationsAdded(long FirstId, long LastId) : ILiveChange
{
    public string? Scope => null;
}

/// <summary>Looks up which of the users with a screen open here were told, once per instance, and tells their screens.</summary>
internal sealed class BellUpdates(IDbContextFactory<PreparednessDbContext> dbFactory, LiveFeed feed) : ILiveHandler<NotificationsAdded>
{
    public async Task HeardAsync(NotificationsAdded change, CancellationToken ct)
    {
        var listening = feed.Scopes<NotificationsAdded>();
        if (listening.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var told = await db.Notifications
            .Where(n => n.Id >= change.FirstId && n.Id <= change.LastId)
            .Select(n => n.RecipientUserId)
            .Distinct()
            .ToListAsync(ct);
        await Task.WhenAll(told.Select(LiveScope.User).Intersect(listening).Select(scope => feed.PublishAsync(scope, change)));
    }
}
