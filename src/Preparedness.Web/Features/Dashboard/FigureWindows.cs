using System.Collections.Concurrent;
using Preparedness.Web.Features.Dashboard.Board;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>
/// A governorate's figures, coalesced (<see cref="Coalescer{TKey, TWork}"/>): a change marks its governorate pending,
/// keeping the latest change for the screens' highlight and when the first one was heard (for the lag metric); the
/// last figures sent are kept so the next update carries only the tiles that changed.
/// </summary>
internal sealed class FigureWindows
{
    private readonly ConcurrentDictionary<int, BoardFigures> lastSent = new();
    private readonly Coalescer<int, Pending> coalescer;
    private readonly TimeProvider clock;

    public FigureWindows(
        LiveFiguresOptions options,
        LiveDeliveryMetrics metrics,
        Func<int, TaskChange?, BoardFigures?, DateTimeOffset, CancellationToken, Task> publish,
        TimeProvider clock,
        ILogger logger)
    {
        this.clock = clock;
        coalescer = Coalescer.Of<int, Pending>(
            options,
            (governorateId, work) => publish(governorateId, work.Latest, lastSent.GetValueOrDefault(governorateId), work.FirstHeard, CancellationToken.None),
            clock,
            logger,
            metrics.PendingChanged);
    }

    public void Changed(int governorateId, TaskChange? change)
    {
        var now = clock.GetUtcNow();
        coalescer.Add(governorateId, (waiting, any) => any ? waiting! with { Latest = change ?? waiting!.Latest } : new Pending(change, now));
    }

    /// <summary>The last figures sent for a governorate, for the next update to carry only the tiles that changed.</summary>
    public void Sent(int governorateId, BoardFigures figures) => lastSent[governorateId] = figures;

    /// <summary>After a gap in listening clients read the whole board again: the next update is whole too.</summary>
    public void Forget() => lastSent.Clear();

    private sealed record Pending(TaskChange? Latest, DateTimeOffset FirstHeard);
}
