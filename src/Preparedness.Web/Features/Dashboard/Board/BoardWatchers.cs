using System.Collections.Concurrent;

namespace Preparedness.Web.Features.Dashboard.Board;

/// <summary>Which governorates the hub connections of this instance watch, so figures are computed only for those.</summary>
internal sealed class BoardWatchers
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> byConnection = new();
    private readonly ConcurrentDictionary<int, int> counts = new();

    public void Watch(string connectionId, int governorateId)
    {
        if (byConnection.GetOrAdd(connectionId, _ => new()).TryAdd(governorateId, 0))
        {
            counts.AddOrUpdate(governorateId, 1, (_, n) => n + 1);
        }
    }

    public void Leave(string connectionId)
    {
        if (byConnection.TryRemove(connectionId, out var watched))
        {
            foreach (var governorateId in watched.Keys)
            {
                counts.AddOrUpdate(governorateId, 0, (_, n) => Math.Max(0, n - 1));
            }
        }
    }

    public bool AnyWatching(int governorateId) => counts.TryGetValue(governorateId, out var n) && n > 0;
}
