using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>
/// New notifications, heard through the live listener on every instance: the payload names the range
/// of new ids, and only users with a screen open here are looked up and told.
/// </summary>
internal sealed class NotificationsChannel(IDbContextFactory<PreparednessDbContext> dbFactory, NotificationNotifier notifier) : ILiveChannel
{
    public const string Name = "preparedness_notifications";

    string ILiveChannel.Name => Name;

    public async Task HeardAsync(string payload, CancellationToken ct)
    {
        var listening = notifier.Subscribed();
        var bounds = payload.Split('-');
        if (listening.Count == 0 || bounds.Length != 2
            || !long.TryParse(bounds[0], CultureInfo.InvariantCulture, out var first)
            || !long.TryParse(bounds[1], CultureInfo.InvariantCulture, out var last))
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var told = await db.Notifications
            .Where(n => n.Id >= first && n.Id <= last && listening.Contains(n.RecipientUserId))
            .Select(n => n.RecipientUserId)
            .Distinct()
            .ToListAsync(ct);
        notifier.Publish(told);
    }

    /// <summary>Notifications may have been missed while not listening: every open bell re-reads.</summary>
    public Task ResyncAsync(CancellationToken ct)
    {
        notifier.Publish(notifier.Subscribed());
        return Task.CompletedTask;
    }
}
