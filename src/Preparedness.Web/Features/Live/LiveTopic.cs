using System.Text.Json;

namespace Preparedness.Web.Features.Live;

/// <summary>A change type the listener knows how to read and hand on.</summary>
internal interface ILiveTopic
{
    string Name { get; }

    Task DispatchAsync(JsonElement change, CancellationToken ct);
}

/// <summary>
/// Hands a heard change to each handler of its type, then to the screens subscribed to its scope;
/// a failing handler is logged and does not stop the others.
/// </summary>
internal sealed class LiveTopic<TChange>(LiveFeed feed, IEnumerable<ILiveHandler<TChange>> handlers, ILogger<LiveTopic<TChange>> logger) : ILiveTopic
    where TChange : ILiveChange
{
    public string Name { get; } = LivePayload.TopicOf(typeof(TChange));

    public async Task DispatchAsync(JsonElement json, CancellationToken ct)
    {
        var change = json.Deserialize<TChange>(LivePayload.Json) ?? throw new JsonException($"An empty {Name}.");
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HeardAsync(change, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Live updates: {Handler} failed on a {Topic}", handler.GetType().Name, Name);
            }
        }

        // After the handlers: the figures and the hub go out before screens start re-reading their pages.
        if (change.Scope is { } scope)
        {
            await feed.PublishAsync(scope, change);
        }
    }
}
