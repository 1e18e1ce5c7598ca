using System.Globalization;

namespace Preparedness.Benchmarks;

/// <summary>
/// Command-line options: --iterations N (measured calls per operation), --warmup N, --only readiness|reminders|exports|seasons|imports|report|trends|health|resources,
/// --sweep-rounds N (cold reminder sweeps), --idle-seconds N (how long the idle job server is watched),
/// --export-rounds N (measured task exports per format), --season-rounds N (seasons opened, one per governorate),
/// --import-rounds N (measured 5,000-row task imports), --report-rounds N (measured readiness reports), --trend-rounds N (measured daily snapshot jobs).
/// </summary>
internal sealed record BenchSettings(
    int Iterations, int Warmup, bool Readiness = true, bool Reminders = true, int SweepRounds = 3, int IdleSeconds = 60, bool Exports = true, int ExportRounds = 20,
    bool Seasons = true, int SeasonRounds = 5, bool Imports = true, int ImportRounds = 3, bool Report = true, int ReportRounds = 270, bool Trends = true, int TrendRounds = 5, bool Health = true, bool Resources = true)
{
    public const string Usage =
        "usage: deploy/bench.sh [--iterations N (default 540)] [--warmup N (default 270)] [--only readiness|reminders|exports|seasons|imports|report|trends|health|resources] "
        + "[--sweep-rounds N (default 3)] [--idle-seconds N (default 60)] [--export-rounds N (default 20)] [--season-rounds N (default 5)] [--import-rounds N (default 3)] [--report-rounds N (default 270)] [--trend-rounds N (default 5)]";

    public static BenchSettings? Parse(IReadOnlyList<string> args)
    {
        // 540 = 20 rounds of the 27 governorates, enough samples for a stable p99. The long warm-up is
        // for tiered JIT: EF's many methods reach optimised code only after a few hundred calls, and a
        // server that has been up for a minute runs that code, not the first-call one (measured: the
        // dashboard took ~35 ms over its first 250 calls, ~18 ms after).
        var settings = new BenchSettings(540, 270);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--iterations" when TryCount(value, out var n):
                    settings = settings with { Iterations = n };
                    break;
                case "--warmup" when TryCount(value, out var w):
                    settings = settings with { Warmup = w };
                    break;
                case "--sweep-rounds" when TryCount(value, out var r):
                    settings = settings with { SweepRounds = r };
                    break;
                case "--idle-seconds" when TryCount(value, out var s):
                    settings = settings with { IdleSeconds = s };
                    break;
                case "--export-rounds" when TryCount(value, out var e):
                    settings = settings with { ExportRounds = e };
                    break;
                case "--season-rounds" when TryCount(value, out var o):
                    settings = settings with { SeasonRounds = o };
                    break;
                case "--import-rounds" when TryCount(value, out var m):
                    settings = settings with { ImportRounds = m };
                    break;
                case "--report-rounds" when TryCount(value, out var p):
                    settings = settings with { ReportRounds = p };
                    break;
                case "--trend-rounds" when TryCount(value, out var t):
                    settings = settings with { TrendRounds = t };
                    break;
                case "--only" when value is "readiness" or "reminders" or "exports" or "seasons" or "imports" or "report" or "trends" or "health" or "resources":
                    settings = settings with
                    {
                        Readiness = value == "readiness", Reminders = value == "reminders", Exports = value == "exports", Seasons = value == "seasons", Imports = value == "imports",
                        Report = value == "report", Trends = value == "trends", Health = value == "health", Resources = value == "resources",
                    };
                    break;
                default:
                    return null;
            }

            i++;
        }

        return settings;
    }

    private static bool TryCount(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
