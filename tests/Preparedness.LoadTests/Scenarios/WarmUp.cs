using Preparedness.LoadTests.Measuring;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>
/// Takes the app's per-change path through the JIT's tiers before anything is measured. The runtime
/// starts counting calls only after 100 ms without new tier-0 compiles, so one long burst leaves the
/// counting (and the promotions) to the measured phase; measured with DOTNET_JitStdOutFile: ~1,150
/// methods were still promoted in the first 30 s after a single 200-change burst. Short bursts with a
/// settle in between let each stage (tier 0, instrumented, tier 1) see its ~30 calls.
/// </summary>
internal static class WarmUp
{
    public const int Rounds = 3;
    public const int ChangesPerRound = 70;
    public const int Changes = Rounds * ChangesPerRound;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(60);

    /// <summary>Commits <see cref="Changes"/> changes (sequence numbers 0 …) in bursts, letting the JIT settle after each.</summary>
    public static async Task RunAsync(ChangeDriver driver, int appPid, Func<int, Task> afterRound, CancellationToken ct)
    {
        for (var round = 0; round < Rounds; round++)
        {
            await driver.RunAsync(round * ChangesPerRound, ChangesPerRound, Interval, ct);
            await afterRound((round + 1) * ChangesPerRound - 1);
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            await JitSettle.WaitAsync(appPid, SettleLimit, ct);
        }
    }
}
