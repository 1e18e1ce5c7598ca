using System.Globalization;
using System.Runtime.InteropServices;
using Preparedness.LoadTests.Infrastructure;
using Preparedness.LoadTests.Reporting;
using Preparedness.LoadTests.Scenarios;

// It reads /proc, starts PostgreSQL with runuser and drives Debian's Chromium: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace Preparedness.LoadTests;

/// <summary>
/// Issue #3's live-update load test: the real app as its own process on a throwaway database, hub
/// clients and Blazor dashboards on the same machine, real committed changes, a plain summary.
/// </summary>
internal static class Program
{
    // Far above a full run (about 5 minutes at the default sizes): only a hang reaches it.
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(40);

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine(ex.Message.Length > 0 ? $"{ex.Message}\n\n{LoadOptions.Usage}" : LoadOptions.Usage);
            return ex.Message.Length > 0 ? 2 : 0;
        }

        using var cancel = new CancellationTokenSource(RunLimit + TimeSpan.FromSeconds(2 * options.WaitQuietSeconds));
        // Ctrl+C or a polite kill cancels the run instead of ending the process, so the finally blocks
        // below stop the app and the database and remove the scratch directory.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

        try
        {
            var paths = RepositoryPaths.Locate(options.Repository);
            var header = Header(options);
            using var scratch = Scratch.Create();
            using var database = await LoadDatabase.CreateAsync(cancel.Token);
            RunContext.Say($"database: {database.Description}");
            var run = new RunContext(options, paths, AppCopy.Make(paths, scratch), scratch, database);
            var results = new List<PhaseResult>();
            if (options.Clients > 0)
            {
                results.Add(await HubScenario.RunAsync(run, cancel.Token));
            }

            if (options.Circuits > 0)
            {
                results.Add(await CircuitScenario.RunAsync(run, cancel.Token));
            }

            if (options.HeadlessCircuits > 0)
            {
                results.Add(await HeadlessScenario.RunAsync(run, cancel.Token));
            }

            Console.WriteLine(Summary.Render($"{header}\n  database: {database.Description}", results));
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine("[load] cancelled (signal or the time limit: 40 minutes plus the quiet waits); cleaned up.");
            return 130;
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or Npgsql.NpgsqlException)
        {
            Console.Error.WriteLine($"[load] ERROR: {ex.Message}");
            return 1;
        }

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            cancel.Cancel();
        }
    }

    private static string Header(LoadOptions options)
    {
        var memory = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var load = File.ReadAllText("/proc/loadavg").Split(' ').Take(3);
        return string.Join('\n',
            $"Preparedness live-update load test — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC",
            $"  machine: {Environment.ProcessorCount} cores, {long.Parse(memory ?? "0", CultureInfo.InvariantCulture) / 1024 / 1024} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average at start {string.Join(' ', load)}",
            $"  app: src/Preparedness.Web Release build as its own process (ASPNETCORE_ENVIRONMENT=Development), signed in as {SignIn.UserName}",
            $"  sizes: --clients {options.Clients} --seconds {options.Seconds} --circuits {options.Circuits} --circuit-seconds {options.CircuitSeconds} --idle-seconds {options.IdleSeconds}{(options.FullDecode ? " --full-decode" : "")}{(options.NoAnimations ? " --no-animations" : "")} --wait-quiet {options.WaitQuietSeconds}" +
                (options.HeadlessCircuits > 0 ? $" --headless-circuits {options.HeadlessCircuits} --tabs {options.Tabs}" : ""));
    }
}
