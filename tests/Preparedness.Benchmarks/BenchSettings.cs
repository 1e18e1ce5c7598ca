using System.Globalization;

namespace Preparedness.Benchmarks;

/// <summary>Command-line options: --iterations N (measured calls per operation), --warmup N.</summary>
internal sealed record BenchSettings(int Iterations, int Warmup)
{
    public const string Usage = "usage: deploy/bench.sh [--iterations N (default 540)] [--warmup N (default 270)]";

    public static BenchSettings? Parse(IReadOnlyList<string> args)
    {
        // 540 = 20 rounds of the 27 governorates, enough samples for a stable p99. The long warm-up is
        // for tiered JIT: EF's many methods reach optimised code only after a few hundred calls, and a
        // server that has been up for a minute runs that code, not the first-call one (measured: the
        // dashboard took ~35 ms over its first 250 calls, ~18 ms after).
        var settings = new BenchSettings(540, 270);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--iterations" when i + 1 < args.Count && TryCount(args[i + 1], out var n):
                    settings = settings with { Iterations = n };
                    i++;
                    break;
                case "--warmup" when i + 1 < args.Count && TryCount(args[i + 1], out var w):
                    settings = settings with { Warmup = w };
                    i++;
                    break;
                default:
                    return null;
            }
        }

        return settings;
    }

    private static bool TryCount(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
