using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// The in-process notifier: Blazor screens subscribe per governorate; hub clients get the same
/// update through their governorate's group. Figures are computed once per change, not per screen.
/// </summary>
internal sealed class ReadinessFeed(
    DashboardService dashboard,
    IHubContext<ReadinessHub, IReadinessClient> hub,
    ILogger<ReadinessFeed> logger)
{
    private readonly ConcurrentDictionary<Guid, Subscription> subscriptions = new();

    public IDisposable Subscribe(int governorateId, Func<LiveUpdate, Task> onUpdate)
    {
        var id = Guid.NewGuid();
        subscriptions[id] = new Subscription(governorateId, onUpdate);
        return new Unsubscriber(() => subscriptions.TryRemove(id, out _));
    }

    public async Task PublishAsync(TaskChange change, CancellationToken ct)
    {
        var figures = await dashboard.GetAsync(Actor.System, change.GovernorateId, ct);
        await DeliverAsync(new LiveUpdate(change.GovernorateId, change, figures));
    }

    /// <summary>After a gap in listening: every governorate's screens re-read their state.</summary>
    public async Task ResyncAllAsync(CancellationToken ct)
    {
        foreach (var governorateId in subscriptions.Values.Select(s => s.GovernorateId).Distinct())
        {
            var figures = await dashboard.GetAsync(Actor.System, governorateId, ct);
            await DeliverAsync(new LiveUpdate(governorateId, null, figures));
        }

        await hub.Clients.All.Resync();
    }

    private async Task DeliverAsync(LiveUpdate update)
    {
        await hub.Clients.Group(ReadinessHub.GroupFor(update.GovernorateId)).ReadinessChanged(BoardUpdate.From(update));
        var handlers = subscriptions.Values.Where(s => s.GovernorateId == update.GovernorateId).Select(s => s.OnUpdate);
        await Task.WhenAll(handlers.Select(handler => SafelyAsync(handler, update)));
    }

    private async Task SafelyAsync(Func<LiveUpdate, Task> handler, LiveUpdate update)
    {
        try
        {
            await handler(update);
        }
        catch (Exception ex)
        {
            // One broken screen must not stop the others from hearing the change.
            logger.LogWarning(ex, "Live updates: a subscriber failed");
        }
    }

    private sealed record Subscription(int GovernorateId, Func<LiveUpdate, Task> OnUpdate);

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
