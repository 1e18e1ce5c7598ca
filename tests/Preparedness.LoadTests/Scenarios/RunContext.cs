using Preparedness.LoadTests.Infrastructure;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>What every scenario shares: where the app is, the scratch directory and the database.</summary>
internal sealed record RunContext(LoadOptions Options, RepositoryPaths Paths, string AppDll, Scratch Scratch, LoadDatabase Database)
{
    public static void Say(string message) => Console.Error.WriteLine($"[load] {message}");

    /// <summary>Waits until <paramref name="timestamp"/> (Stopwatch ticks); returns at once if it has passed.</summary>
    public static Task UntilAsync(long timestamp, CancellationToken ct)
    {
        var wait = System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? Task.Delay(wait, ct) : Task.CompletedTask;
    }

    /// <summary>Ticks of <paramref name="seconds"/> after <paramref name="start"/>.</summary>
    public static long After(long start, double seconds) =>
        start + (long)(seconds * System.Diagnostics.Stopwatch.Frequency);
}
