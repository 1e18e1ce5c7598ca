using System.Diagnostics;
using Preparedness.LoadTests.Scenarios;

namespace Preparedness.LoadTests.Measuring;

/// <summary>
/// Waits (boundedly) for the machine to be nearly idle before measuring: on a shared box other
/// builds and test runs can take most of both cores, and the figures would then describe them.
/// </summary>
internal static class QuietMachine
{
    private const double QuietCores = 0.5;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <returns>The busy cores of the last window, and whether it was quiet.</returns>
    /// <summary>
    /// Before a scenario: with --wait-quiet N, waits up to N s for an idle machine and says in the
    /// scenario's notes whether it got one. Without it, says nothing.
    /// </summary>
    public static async Task<string?> BeforeScenarioAsync(int waitSeconds, CancellationToken ct)
    {
        if (waitSeconds <= 0)
        {
            return null;
        }

        var (busy, quiet) = await WaitAsync(TimeSpan.FromSeconds(waitSeconds), RunContext.Say, ct);
        return quiet
            ? $"started when the machine was quiet ({busy:0.00} cores busy over 5 s)"
            : $"the machine did not become quiet within {waitSeconds} s ({busy:0.00} cores busy); measured anyway";
    }

    public static async Task<(double BusyCores, bool Quiet)> WaitAsync(TimeSpan limit, Action<string> say, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var busy = double.NaN;
        var msPerTick = 1000.0 / Infrastructure.Native.ClockTicksPerSecond;
        // At most limit / window rounds.
        while (Stopwatch.GetElapsedTime(started) < limit)
        {
            var (busy0, _) = ProcFs.MachineTicks();
            var t0 = Stopwatch.GetTimestamp();
            await Task.Delay(Window, ct);
            var (busy1, _) = ProcFs.MachineTicks();
            busy = (busy1 - busy0) * msPerTick / Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            if (busy < QuietCores)
            {
                return (busy, true);
            }

            say($"machine busy ({busy:0.00} cores in use by others); waiting for a quieter moment");
        }

        return (busy, false);
    }
}
