using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// <see cref="LiveFeed"/> for screens that re-read on every change (the task list): the changes of a scope are
/// coalesced (<see cref="Coalescer{TKey, TWork}"/>, trailing) and each screen gets the latest once per window, after
/// the window — so a save answers its user first, and ten saves cost each open list one re-read, not ten.
/// </summary>
internal sealed class CoalescedFeed
{
    private readonly ConcurrentDictionary<(Type, string), ConcurrentDictionary<Guid, Func<object, Task>>> screens = new();
    private readonly LiveFeed feed;
    private readonly Coalescer<(Type Type, string Scope), object> coalescer;
    private readonly ILogger<CoalescedFeed> logger;

    public CoalescedFeed(LiveFeed feed, IOptions<LiveFiguresOptions> options, TimeProvider clock, ILogger<CoalescedFeed> logger)
    {
        (this.feed, this.logger) = (feed, logger);
        coalescer = Coalescer.Of<(Type Type, string Scope), object>(options.Value, DeliverAsync, clock, logger, trailing: true);
    }

    /// <summary>As <see cref="LiveFeed.Subscribe"/>; a resync is handed over at once.</summary>
    public IDisposable Subscribe<TUpdate>(string scope, Func<TUpdate, Task> onUpdate, Func<Task> onResync)
    {
        var key = (typeof(TUpdate), scope);
        var id = Guid.NewGuid();
        screens.GetOrAdd(key, _ => new())[id] = update => onUpdate((TUpdate)update);
        var heard = feed.Subscribe<TUpdate>(scope, update => Heard(key, update!), onResync);
        return new Unsubscriber(() =>
        {
            heard.Dispose();
            if (screens.TryGetValue(key, out var inScope))
            {
                inScope.TryRemove(id, out _);
            }
        });
    }

    // Every screen of the scope hears each change; the coalescer keeps one pending delivery of the latest.
    private Task Heard((Type, string) key, object update)
    {
        coalescer.Add(key, (_, _) => update);
        return Task.CompletedTask;
    }

    private async Task DeliverAsync((Type Type, string Scope) key, object update)
    {
        if (screens.TryGetValue(key, out var inScope))
        {
            await Task.WhenAll(inScope.Values.Select(screen => SafelyAsync(screen, update)));
        }
    }

    private async Task SafelyAsync(Func<object, Task> screen, object update)
    {
        try
        {
            await screen(update);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Live updates: a subscriber failed");
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
