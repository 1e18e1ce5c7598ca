using System.Globalization;

namespace Preparedness.LoadTests;

/// <summary>What to run, from the command line. Every size is bounded so a typo cannot run away.</summary>
internal sealed record LoadOptions(
    int Clients,
    int Seconds,
    int Circuits,
    int CircuitSeconds,
    int IdleSeconds,
    bool FullDecode,
    bool NoAnimations,
    int WaitQuietSeconds,
    string? Repository,
    int HeadlessCircuits = 0,
    int Tabs = 3,
    string? GcDumpDirectory = null)
{
    public const string Usage = """
        Usage: deploy/load.sh [--clients N] [--seconds N] [--circuits N] [--circuit-seconds N] [--idle-seconds N] [--wait-quiet N] [--full-decode] [--no-animations] [--repo DIR]
               deploy/load.sh --headless-circuits N [--tabs N] [--circuit-seconds N] ...
          --clients N          hub clients (WebSockets, one governorate)        default 1000, 0 skips, max 5000
          --seconds N          changes (one a second) for the hub clients       default 60, max 600
          --circuits N         live Blazor dashboards in headless Chromium      default 100, 0 skips, max 300
          --circuit-seconds N  changes (one a second) for the dashboards        default 30, max 600
          --idle-seconds N     quiet window measured before each change phase   default 10, max 120
          --wait-quiet N       before each scenario, wait up to N s for the machine to be idle    default 0
          --full-decode        hub clients bind each message to BoardUpdate (default: read only the change's ChangedBy)
          --no-animations      switch CSS animations off in the dashboard tabs (the browser's share, not the app's)
          --repo DIR           repository root (default: found from this tool's location)
          --headless-circuits N  live dashboards as headless circuits (Blazor's protocol, no browser)  max 5000;
                               alone it runs only this scenario (add --clients/--circuits to run those too)
          --tabs N             real Chromium dashboard tabs timed alongside the headless circuits  default 3, max 20
          --gcdump DIR         headless mode: dotnet-gcdump of the app without and with the circuits, into DIR
        Environment: PREPAREDNESS_LOAD_CONNECTION  an existing PostgreSQL server (a database is created on it
                     and dropped afterwards); otherwise a throwaway cluster is started under /tmp.
                     PREPAREDNESS_LOAD_APP_<NAME>=value  passed to the app process as <NAME>=value (experiments).
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(1000, 60, 100, 30, 10, false, false, 0, null);
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                throw new UsageException(null);
            }

            if (name == "--full-decode")
            {
                options = options with { FullDecode = true };
                continue;
            }

            if (name == "--no-animations")
            {
                options = options with { NoAnimations = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new UsageException($"{name} needs a value");
            }

            var value = args[++i];
            named.Add(name);
            options = name switch
            {
                "--clients" => options with { Clients = Number(name, value, 0, 5000) },
                "--seconds" => options with { Seconds = Number(name, value, 1, 600) },
                "--circuits" => options with { Circuits = Number(name, value, 0, 300) },
                "--circuit-seconds" => options with { CircuitSeconds = Number(name, value, 1, 600) },
                "--idle-seconds" => options with { IdleSeconds = Number(name, value, 1, 120) },
                "--wait-quiet" => options with { WaitQuietSeconds = Number(name, value, 0, 3600) },
                "--repo" => options with { Repository = value },
                "--headless-circuits" => options with { HeadlessCircuits = Number(name, value, 0, 5000) },
                "--tabs" => options with { Tabs = Number(name, value, 0, 20) },
                "--gcdump" => options with { GcDumpDirectory = value },
                _ => throw new UsageException($"unknown option {name}"),
            };
        }

        // The headless mode is a run of its own unless the other scenarios are asked for by name.
        return options.HeadlessCircuits > 0
            ? options with
            {
                Clients = named.Contains("--clients") ? options.Clients : 0,
                Circuits = named.Contains("--circuits") ? options.Circuits : 0,
            }
            : options;
    }

    private static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new UsageException($"{name} must be a whole number from {min} to {max}, not '{value}'");
}

internal sealed class UsageException(string? message) : Exception(message ?? "");
