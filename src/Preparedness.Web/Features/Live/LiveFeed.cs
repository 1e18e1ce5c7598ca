using System.Collections.Concurrent;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// The in-process notifier every screen subscribes to: by update type and scope (a governorate, a
/// user). Updates arrive from the listener, once per instance; one broken screen never stops the others.
/// </summary>
internal sealed class LiveFeed(ILogger<LiveFeed> logger)
{
    private readonly ConcurrentDictionary<(Type, string), ConcurrentDictionary<Guid, Subscription>> subscriptions = new();

    /// <summary>After a gap in listening (updates may have been missed), before the screens re-read.</summary>
    public event Func<Task>? Resyncing;

    public IDisposable Subscribe<TUpdate>(string scope, Func<TUpdate, Task> onUpdate, Func<Task> onResync)
    {
        var id = Guid.NewGuid();
        var key = (typeof(TUpdate), scope);
        subscriptions.GetOrAdd(key, _ => new())[id] = new Subscription(u => onUpdate((TUpdate)u), onResync);
        return new Unsubscriber(() =>
        {
            if (subscriptions.TryGetValue(key, out var inScope))
            {
                inScope.TryRemove(id, out _);
            }
        });
    }

    /// <summary>The scopes that have a screen subscribed to <typeparamref name="TUpdate"/> on this instance.</summary>
    public IReadOnlyList<string> Scopes<TUpdate>() =>
        [.. subscriptions.Where(s => s.Key.Item1 == typeof(TUpdate) && !s.Value.IsEmpty).Select(s => s.Key.Item2)];

    /// <summary>Whether a screen on this instance is subscribed to <typeparamref name="TUpdate"/> in <paramref name="scope"/>: work for nobody is skipped.</summary>
    public bool HasSubscribers<TUpdate>(string scope) =>
        subscriptions.TryGetValue((typeof(TUpdate), scope), out var inScope) && !inScope.IsEmpty;

    /// <summary>
    /// Hands the update to each screen and returns without waiting for them: a screen re-reading its
    /// page must not hold up the next change, the hub or the other screens.
    /// </summary>
    public Task PublishAsync<TUpdate>(string scope, TUpdate update)
    {
        if (subscriptions.TryGetValue((typeof(TUpdate), scope), out var inScope))
        {
            foreach (var subscription in inScope.Values)
            {
                _ = SafelyAsync(() => subscription.OnUpdate(update!));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Every open screen reads its state again.</summary>
    public async Task ResyncAllAsync()
    {
        if (Resyncing is { } handlers)
        {
            await Task.WhenAll(handlers.GetInvocationList().Cast<Func<Task>>().Select(SafelyAsync));
        }

        foreach (var subscription in subscriptions.Values.SelectMany(s => s.Values))
        {
            _ = SafelyAsync(subscription.OnResync);
        }
    }

    private async Task SafelyAsync(Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Live updates: a subscriber failed");
        }
    }

    private sealed record Subscription(Func<object, Task> OnUpdate, Func<Task> OnResync);

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
