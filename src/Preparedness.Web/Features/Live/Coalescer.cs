using System.Collections.Concurrent;

namespace Preparedness.Web.Features.Live;

/// <summary>Coalescers on the configured window and concurrency (Preparedness:LiveFigures), one setting for every live figure.</summary>
internal static class Coalescer
{
    public static Coalescer<TKey, TWork> Of<TKey, TWork>(
        LiveFiguresOptions options, Func<TKey, TWork, Task> run, TimeProvider clock, ILogger logger, Action<int>? pendingChanged = null, bool trailing = false)
        where TKey : notnull =>
        new(run, TimeSpan.FromMilliseconds(options.CoalesceMilliseconds), options.MaxConcurrentRecomputes, clock, logger, pendingChanged, trailing);
}

/// <summary>
/// How live work is coalesced, in one place: one entry per key, never a queue. Work for a key after a quiet spell
/// runs at once; work arriving while it runs and during the window after it is merged into one pending piece (the
/// caller's <c>merge</c>) and run once the window ends. So a burst costs at most one run per window per key, what
/// waits is bounded by the number of keys, and at most <c>maxConcurrent</c> runs happen at a time across keys.
/// <c>trailing</c> work waits one window before its first run too: a save's own answer goes out before the screens
/// it touches re-read, and a burst of saves costs one run, not two.
/// Used by the dashboards' figures (per governorate), the resources' figures (per governorate) and the national view (one key).
/// </summary>
internal sealed class Coalescer<TKey, TWork>(
    Func<TKey, TWork, Task> run,
    TimeSpan window,
    int maxConcurrent,
    TimeProvider clock,
    ILogger logger,
    Action<int>? pendingChanged = null,
    bool trailing = false)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();
    private readonly SemaphoreSlim running = new(maxConcurrent);

    /// <summary>Adds work for a key: <paramref name="merge"/> gets the work already waiting (default when none).</summary>
    public void Add(TKey key, Func<TWork?, bool, TWork> merge)
    {
        var entry = entries.GetOrAdd(key, _ => new Entry());
        lock (entry)
        {
            entry.Work = merge(entry.Work, entry.Pending);
            if (!entry.Pending)
            {
                entry.Pending = true;
                pendingChanged?.Invoke(1);
            }

            if (entry.Running)
            {
                return;
            }

            entry.Running = true;
        }

        _ = RunAsync(key, entry);
    }

    private async Task RunAsync(TKey key, Entry entry)
    {
        if (trailing && window > TimeSpan.Zero)
        {
            await Task.Delay(window, clock);
        }

        while (true)
        {
            TWork work;
            lock (entry)
            {
                if (!entry.Pending)
                {
                    entry.Running = false;
                    return;
                }

                (work, entry.Work, entry.Pending) = (entry.Work!, default, false);
                pendingChanged?.Invoke(-1);
            }

            await running.WaitAsync();
            try
            {
                await run(key, work);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Live updates: coalesced work for {Key} failed", key);
            }
            finally
            {
                running.Release();
            }

            if (window > TimeSpan.Zero)
            {
                await Task.Delay(window, clock);
            }
        }
    }

    private sealed class Entry
    {
        public bool Pending { get; set; }
        public bool Running { get; set; }
        public TWork? Work { get; set; }
    }
}
