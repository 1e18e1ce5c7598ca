using System.Diagnostics;
using Preparedness.LoadTests.Infrastructure;
using Preparedness.LoadTests.Measuring;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>
/// N hub clients of Luxor on a fresh app process; one committed status change a second; latency from
/// COMMIT returning to each client's receipt, measured by one Stopwatch in this process (no clock skew).
/// </summary>
internal static class HubScenario
{
    // Sequence numbers of the measured changes start here; the warm-up's are below.
    private const int FirstMeasured = 1000;
    private const int WarmUpClients = 5;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    // As the hub writes it: camelCase, enums as names, Arabic as UTF-8 (not \uXXXX escapes).
    private static readonly System.Text.Json.JsonSerializerOptions WireJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<PhaseResult> RunAsync(RunContext run, CancellationToken ct)
    {
        var options = run.Options;
        var notes = new List<string>();
        if (await QuietMachine.BeforeScenarioAsync(options.WaitQuietSeconds, ct) is { } quietNote)
        {
            notes.Add(quietNote);
        }

        RunContext.Say($"hub scenario: starting the app ({options.Clients} clients, {options.Seconds} changes)");
        await using var app = await AppProcess.StartAsync(run.AppDll, run.Paths, run.Scratch, run.Database.ConnectionString, "hubs", ct);
        var cookies = await SignIn.AsOperationsRoomAsync(app.BaseAddress, ct);
        await using var driver = await ChangeDriver.CreateAsync(run.Database.ConnectionString, ct);
        var meter = new CpuMeter(app.Pid, run.Database.PostmasterPid);

        // Warm-up: JIT, connection pools and the first figures query, so they are not billed to the measurement.
        await using (var warm = await HubSwarm.ConnectAsync(app.BaseAddress, cookies, WarmUpClients, WarmUp.Changes, driver.SequenceOf, fullDecode: true, ct))
        {
            if (warm.Connected == 0)
            {
                throw new InvalidOperationException($"No hub client could connect: {warm.FirstError}\n{app.LogTail()}");
            }

            var getBoard = await warm.TimeGetBoardAsync(20, ct);
            notes.Add($"GetBoard round trip (figures computed on request, 1 client, before the warm-up bursts): p50 {Latencies.Of(getBoard.Skip(5)).P50:0.0} ms");
            await WarmUp.RunAsync(driver, app.Pid, async last =>
            {
                await WaitForAsync(() => Enumerable.Range(0, warm.Count).All(c => warm.ReceiptsOf(c)[last] != 0), TimeSpan.FromSeconds(30), ct);
                if (Enumerable.Range(0, warm.Count).Any(c => warm.ReceiptsOf(c)[last] == 0))
                {
                    throw new InvalidOperationException($"Warm-up: a hub client did not receive a committed change within 30 s.\n{app.LogTail()}");
                }
            }, ct);

            // The warm-up clients bind the whole public BoardUpdate: the wire shape is checked once.
            if (warm.LastFigures?.GovernorateId != driver.GovernorateId || warm.LastFigures.Units.Count == 0)
            {
                throw new InvalidOperationException("Warm-up: the updates did not carry Luxor's figures.");
            }

            notes.Add($"each update carries Luxor's figures: {warm.LastFigures.Units.Count} unit tiles, {warm.LastFigures.Categories.Count} category tiles; " +
                $"about {System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(warm.LastFigures, WireJson).Length:N0} bytes of JSON for the figures alone");
        }

        // Lets the background JIT finish promoting what the burst made hot.
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        notes.Add(Settled("after the warm-up", await JitSettle.WaitAsync(app.Pid, JitLimit, ct)));
        var rssBase = await Memory.SettledRssKibAsync(app.Pid, ct);
        RunContext.Say($"hub scenario: app RSS with no clients {rssBase / 1024} MiB; connecting {options.Clients} clients");

        await using var swarm = await HubSwarm.ConnectAsync(app.BaseAddress, cookies, options.Clients, options.Seconds,
            by => driver.SequenceOf(by) is var s and >= 0 ? s - FirstMeasured : -1, options.FullDecode, ct);
        RunContext.Say($"hub scenario: {swarm.Connected} connected, {swarm.Failed} failed in {swarm.ConnectTime.TotalSeconds:0.0} s");
        if (swarm.Connected == 0)
        {
            throw new InvalidOperationException($"No hub client connected: {swarm.FirstError}");
        }

        // New connections make new code hot too: let that JIT work finish outside the windows.
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        notes.Add(Settled($"after connecting {swarm.Connected} clients", await JitSettle.WaitAsync(app.Pid, JitLimit, ct)));
        var rssLoaded = await Memory.SettledRssKibAsync(app.Pid, ct);
        var closedBefore = swarm.Closed;

        var idleStart = meter.Take();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds), ct);
        var idle = CpuUse.Between(idleStart, meter.Take());

        RunContext.Say($"hub scenario: app RSS with clients {rssLoaded / 1024} MiB; {options.Seconds} changes, one a second");
        var phaseStart = meter.Take();
        var t0 = Stopwatch.GetTimestamp();
        var commits = await driver.RunAsync(FirstMeasured, options.Seconds, TimeSpan.FromSeconds(1), ct);
        // The CPU window is exactly one second per change, whatever the last delivery took.
        await RunContext.UntilAsync(RunContext.After(t0, options.Seconds), ct);
        var phase = CpuUse.Between(phaseStart, meter.Take());

        var receivers = Enumerable.Range(0, swarm.Count).Where(swarm.HasStarted).ToList();
        await WaitForAsync(() => receivers.All(c => swarm.ReceiptsOf(c)[options.Seconds - 1] != 0), Grace, ct);

        var latencies = receivers
            .Select(c => swarm.ReceiptsOf(c).Select((t, i) => t == 0 ? double.NaN : Stopwatch.GetElapsedTime(commits[i].Timestamp, t).TotalMilliseconds).ToArray())
            .ToList();
        var deliveries = Deliveries.From(latencies, options.Seconds);

        notes.Add(options.FullDecode
            ? "clients bound every message to BoardUpdate (--full-decode)"
            : "clients read only change.changedBy and skipped the figures (cheaper for the shared CPU; --full-decode binds the whole BoardUpdate)");
        if (swarm.Duplicates + swarm.Unmatched + swarm.Resyncs > 0)
        {
            notes.Add($"unexpected messages: {swarm.Duplicates} duplicates, {swarm.Unmatched} unmatched, {swarm.Resyncs} Resync");
        }

        if (swarm.Closed > 0)
        {
            notes.Add($"{swarm.Closed} connections closed during the run ({swarm.Closed - closedBefore} during the measured phases)");
        }

        return new PhaseResult(
            "Hub clients (/hubs/readiness, WebSockets, JSON)",
            "connection",
            options.Clients,
            swarm.Connected,
            swarm.Failed > 0 ? $"{swarm.Failed} failed: {swarm.FirstError}" : null,
            swarm.ConnectTime,
            options.Seconds,
            deliveries.All,
            deliveries.Missing,
            deliveries.FirstPerChange,
            deliveries.LastPerChange,
            "one Stopwatch in the load tool: COMMIT returned → handler entered (µs resolution)",
            idle,
            phase,
            rssBase,
            rssLoaded,
            notes);
    }

    public static readonly TimeSpan JitLimit = TimeSpan.FromSeconds(120);

    public static string Settled(string when, TimeSpan? took) => took is { } t
        ? $"app JIT settled {when} in {t.TotalSeconds:0.0} s (no tiered-compilation worker thread)"
        : $"app JIT still busy {when} after {JitLimit.TotalSeconds:0} s; measured anyway";

    private static async Task WaitForAsync(Func<bool> done, TimeSpan limit, CancellationToken ct)
    {
        var until = RunContext.After(Stopwatch.GetTimestamp(), limit.TotalSeconds);
        while (!done() && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
        }
    }
}
