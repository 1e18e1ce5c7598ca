using System.Collections.Concurrent;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>
/// Tells the open screens of a user in this process that they have new notifications: the bell
/// subscribes for its user and re-reads its count. Fed by <see cref="NotificationsChannel"/>, which
/// hears every instance's new notifications; the database stays the only source of truth.
/// </summary>
internal sealed class NotificationNotifier(ILogger<NotificationNotifier> logger)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> subscribers = new();

    public IDisposable Subscribe(string userId, Func<Task> onNew)
    {
        var id = Guid.NewGuid();
        subscribers.GetOrAdd(userId, _ => new())[id] = onNew;
        return new Subscription(() =>
        {
            if (subscribers.TryGetValue(userId, out var handlers))
            {
                handlers.TryRemove(id, out _);
            }
        });
    }

    /// <summary>The users with a screen subscribed in this process.</summary>
    public IReadOnlyList<string> Subscribed() => [.. subscribers.Where(s => !s.Value.IsEmpty).Select(s => s.Key)];

    /// <summary>Fire and forget: a slow or broken screen must not hold up or fail the job that wrote the notifications.</summary>
    public void Publish(IEnumerable<string> userIds)
    {
        foreach (var userId in userIds)
        {
            if (!subscribers.TryGetValue(userId, out var handlers))
            {
                continue;
            }

            foreach (var handler in handlers.Values)
            {
                _ = RunAsync(handler);
            }
        }
    }

    private async Task RunAsync(Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A notification subscriber failed.");
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
