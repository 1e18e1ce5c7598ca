using System.Globalization;

namespace Preparedness.Benchmarks;

/// <summary>Command-line options: --iterations N (measured calls per operation), --warmup N.</summary>
internal sealed record BenchSettings(int Iterations, int Warmup)
{
    public const string Usage = "usage: deploy/bench.sh [--iterations N (default 540)] [--warmup N (default 54)]";

    public static BenchSettings? Parse(IReadOnlyList<string> args)
    {
        // 540 = 20 rounds of the 27 governorates, enough samples for a stable p99.
        var settings = new BenchSettings(540, 54);
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
