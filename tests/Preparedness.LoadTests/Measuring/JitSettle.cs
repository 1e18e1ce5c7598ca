using System.Diagnostics;

namespace Preparedness.LoadTests.Measuring;

/// <summary>
/// Waits until the app's JIT has finished promoting hot code to its final tier. The runtime runs that
/// work on a thread named ".NET Tiered Compilation Worker" that exists only while there is work, so its
/// absence is visible from outside. Measured windows that start earlier bill JIT work to the broadcasts
/// (on a contended machine a burst of 200 changes left ~1,300 methods still to compile).
/// </summary>
internal static class JitSettle
{
    private const string WorkerName = ".NET Tiered Com"; // /proc shows the first 15 characters
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    /// <returns>How long it took, or null if the worker was still busy at the limit.</returns>
    public static async Task<TimeSpan?> WaitAsync(int pid, TimeSpan limit, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var quietPolls = 0;
        // Bounded by limit / poll rounds; two quiet polls in a row, since the worker comes and goes.
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            quietPolls = HasWorker(pid) ? 0 : quietPolls + 1;
            if (quietPolls >= 2)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            await Task.Delay(Poll, ct);
        }

        return null;
    }

    private static bool HasWorker(int pid)
    {
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(WorkerName, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                catch (IOException)
                {
                    // The thread ended while we looked.
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
        }

        return false;
    }
}
