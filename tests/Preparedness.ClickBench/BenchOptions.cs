using System.Globalization;

namespace Preparedness.ClickBench;

/// <summary>What deploy/clicks.sh asks for; every size bounded so a typo cannot run away.</summary>
internal sealed record BenchOptions(string AppDll, string StockDll, int Repetitions, int Runs, IReadOnlyList<int> Circuits, bool SlowNetwork)
{
    public const string Usage = """
        Usage: deploy/clicks.sh [--repetitions N] [--runs N] [--circuits 1,25] [--no-slow-network]
          --repetitions N   timed clicks per interaction and run, after one warm-up click   default 30, max 500
          --runs N          runs of every interaction                                       default 2, max 10
          --circuits LIST   circuits open while timing (the timed tab included)              default 1,25, each 1..100
          --no-slow-network skip the run under Chromium's network emulation (1.6 Mbps / 750 kbps / 150 ms)
        (deploy/clicks.sh publishes both apps and passes --app and --stock itself.)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions("", "", 30, 2, [1, 25], true);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--no-slow-network")
            {
                options = options with { SlowNetwork = false };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            }

            var (name, value) = (args[i], args[++i]);
            options = name switch
            {
                "--app" => options with { AppDll = value },
                "--stock" => options with { StockDll = value },
                "--repetitions" => options with { Repetitions = Number(name, value, 1, 500) },
                "--runs" => options with { Runs = Number(name, value, 1, 10) },
                "--circuits" => options with { Circuits = [.. value.Split(',').Select(v => Number(name, v, 1, 100))] },
                _ => throw new ArgumentException($"unknown option {name}\n{Usage}"),
            };
        }

        return options.AppDll.Length > 0 && options.StockDll.Length > 0 ? options : throw new ArgumentException($"--app and --stock are required\n{Usage}");
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{value}'");
}
