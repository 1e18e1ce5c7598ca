using System.Collections.Concurrent;
using Preparedness.Web.Features.Dashboard.Board;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>
/// One entry per governorate, never a queue of changes: a change marks its governorate pending (keeping the latest
/// change for the screens' highlight). The first change after a quiet spell is computed at once; changes arriving
/// during that computation and the window after it are computed together once the window ends. So a burst costs at
/// most one computation per window per governorate, and what waits is bounded by the number of governorates.
/// </summary>
internal sealed class FigureWindows(
    LiveFiguresOptions options,
    LiveDeliveryMetrics metrics,
    Func<int, TaskChange?, BoardFigures?, DateTimeOffset, CancellationToken, Task> publish,
    TimeProvider clock,
    ILogger logger)
{
    private readonly ConcurrentDictionary<int, Entry> entries = new();
    private readonly SemaphoreSlim computing = new(options.MaxConcurrentRecomputes);

    public void Changed(int governorateId, TaskChange? change)
    {
        var entry = entries.GetOrAdd(governorateId, _ => new Entry());
        lock (entry)
        {
            entry.Latest = change ?? entry.Latest;
            if (!entry.Pending)
            {
                entry.Pending = true;
                entry.FirstHeard = clock.GetUtcNow();
                metrics.PendingChanged(1);
            }

            if (entry.Running)
            {
                return;
            }

            entry.Running = true;
        }

        _ = RunAsync(governorateId, entry);
    }

    /// <summary>The last figures sent for a governorate, for the next update to carry only the tiles that changed.</summary>
    public void Sent(int governorateId, BoardFigures figures)
    {
        if (entries.TryGetValue(governorateId, out var entry))
        {
            entry.LastSent = figures;
        }
    }

    /// <summary>After a gap in listening clients read the whole board again: the next update is whole too.</summary>
    public void Forget()
    {
        foreach (var entry in entries.Values)
        {
            entry.LastSent = null;
        }
    }

    private async Task RunAsync(int governorateId, Entry entry)
    {
        while (true)
        {
            TaskChange? latest;
            DateTimeOffset firstHeard;
            lock (entry)
            {
                if (!entry.Pending)
                {
                    entry.Running = false;
                    return;
                }

                (latest, firstHeard) = (entry.Latest, entry.FirstHeard);
                (entry.Pending, entry.Latest) = (false, null);
                metrics.PendingChanged(-1);
            }

            await computing.WaitAsync();
            try
            {
                await publish(governorateId, latest, entry.LastSent, firstHeard, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Live updates: could not compute figures for governorate {Governorate}", governorateId);
            }
            finally
            {
                computing.Release();
            }

            if (options.CoalesceMilliseconds > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.CoalesceMilliseconds), clock);
            }
        }
    }

    private sealed class Entry
    {
        public bool Pending { get; set; }
        public bool Running { get; set; }
        public TaskChange? Latest { get; set; }
        public DateTimeOffset FirstHeard { get; set; }
        public BoardFigures? LastSent { get; set; }
    }
}
