using System.Diagnostics;
using System.Globalization;
using Preparedness.LoadTests.Infrastructure;
using Preparedness.LoadTests.Measuring;
using Preparedness.LoadTests.Scenarios.Headless;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>
/// N live dashboards as headless circuits (no browser per circuit) plus a few real Chromium tabs timed
/// alongside, on a fresh app process; one committed status change a second. Reports circuits held, app
/// memory per circuit (RSS and GC heap after a full collection), app CPU per change, and the tabs'
/// change → screen latency while the N circuits are open.
/// </summary>
internal static class HeadlessScenario
{
    private const int FirstMeasured = 1000;
    private const int WarmUpCircuits = 3;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    public static async Task<PhaseResult> RunAsync(RunContext run, CancellationToken ct)
    {
        var options = run.Options;
        var n = options.HeadlessCircuits;
        var notes = new List<string>();
        if (await QuietMachine.BeforeScenarioAsync(options.WaitQuietSeconds, ct) is { } quietNote)
        {
            notes.Add(quietNote);
        }

        RunContext.Say($"headless scenario: starting the app ({n} headless dashboards + {options.Tabs} tabs, {options.CircuitSeconds} changes)");
        await using var app = await AppProcess.StartAsync(run.AppDll, run.Paths, run.Scratch, run.Database.ConnectionString, "headless", ct);
        var cookies = await SignIn.AsOperationsRoomAsync(app.BaseAddress, ct);
        await using var driver = await ChangeDriver.CreateAsync(run.Database.ConnectionString, ct);
        var meter = new CpuMeter(app.Pid, run.Database.PostmasterPid);
        var prefix = driver.Marker(0)[..^5];

        // Warm-up: a few headless circuits see bursts of changes (JIT, first renders, first figures), then close.
        await using (var warm = await HeadlessSwarm.OpenAsync(app.BaseAddress, cookies, WarmUpCircuits, WarmUp.Changes, prefix, 0, ct))
        {
            if (warm.Connected == 0)
            {
                throw new InvalidOperationException($"No headless circuit opened: {warm.FirstError}\n{app.LogTail()}");
            }

            await WarmUp.RunAsync(driver, app.Pid, async last =>
            {
                if (await WaitSeenAsync(warm, last, warm.Connected, TimeSpan.FromSeconds(30), ct) < warm.Connected)
                {
                    throw new InvalidOperationException($"Warm-up: a headless circuit did not render a committed change within 30 s.\n{app.LogTail()}");
                }
            }, ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        notes.Add(HubScenario.Settled("after the warm-up", await JitSettle.WaitAsync(app.Pid, HubScenario.JitLimit, ct)));
        var heapBase = await GcHeap.SettledAsync(app.Pid, ct);
        var rssBase = await Memory.SettledRssKibAsync(app.Pid, ct);
        notes.Add(await GcDump.CollectAsync(app.Pid, options.GcDumpDirectory, "circuits-0", ct));
        RunContext.Say($"headless scenario: app RSS {rssBase / 1024} MiB, GC heap {Mib(heapBase)} with no circuits; opening {n} headless dashboards");

        await using var swarm = await HeadlessSwarm.OpenAsync(app.BaseAddress, cookies, n, options.CircuitSeconds, prefix, FirstMeasured, ct);
        RunContext.Say($"headless scenario: {swarm.Connected} open, {swarm.Failed} failed in {swarm.ConnectTime.TotalSeconds:0.0} s");
        if (swarm.Connected == 0)
        {
            throw new InvalidOperationException($"No headless circuit opened: {swarm.FirstError}\n{app.LogTail()}");
        }

        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        notes.Add(HubScenario.Settled($"after opening {swarm.Connected} circuits", await JitSettle.WaitAsync(app.Pid, HubScenario.JitLimit, ct)));
        // Measured before the tabs open: their circuits are few, and the browser's pages are not the app's memory.
        var heapLoaded = await GcHeap.SettledAsync(app.Pid, ct);
        var rssLoaded = await Memory.SettledRssKibAsync(app.Pid, ct);
        notes.Add(await GcDump.CollectAsync(app.Pid, options.GcDumpDirectory, $"circuits-{swarm.Connected}", ct));

        await using var tabs = options.Tabs > 0 ? await DashboardPages.LaunchAsync(app.BaseAddress, cookies, animations: !options.NoAnimations) : null;
        if (tabs is not null)
        {
            await tabs.OpenAsync(options.Tabs, driver.MarkerPattern, ct);
            RunContext.Say($"headless scenario: {tabs.Pages.Count} Chromium tabs interactive alongside, {tabs.Failed} failed");
        }

        var idleStart = meter.Take();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds), ct);
        var idle = CpuUse.Between(idleStart, meter.Take());

        RunContext.Say($"headless scenario: app RSS {rssLoaded / 1024} MiB, GC heap {Mib(heapLoaded)} with {swarm.Connected} circuits; {options.CircuitSeconds} changes, one a second");
        var phaseStart = meter.Take();
        var t0 = Stopwatch.GetTimestamp();
        var commits = await driver.RunAsync(FirstMeasured, options.CircuitSeconds, TimeSpan.FromSeconds(1), ct);
        await RunContext.UntilAsync(RunContext.After(t0, options.CircuitSeconds), ct);
        var phase = CpuUse.Between(phaseStart, meter.Take());

        var seenLast = await WaitSeenAsync(swarm, options.CircuitSeconds - 1, swarm.Connected, Grace, ct);
        if (seenLast < swarm.Connected)
        {
            notes.Add($"{swarm.Connected - seenLast} of {swarm.Connected} circuits had not rendered the last change {Grace.TotalSeconds:0} s after the change phase");
        }

        var latencies = swarm.Receipts
            .Select(r => commits.Select((c, i) => r[i] == 0 ? double.NaN : Stopwatch.GetElapsedTime(c.Timestamp, r[i]).TotalMilliseconds).ToArray())
            .ToList();
        var deliveries = Deliveries.From(latencies, options.CircuitSeconds);
        var figures = new List<KeyValuePair<string, string>>
        {
            new("circuits held", $"{swarm.StillOpen} of {swarm.Connected} still open after the change phase ({swarm.Closed} closed by the server or the network)"),
            new("memory per circuit", PerCircuit(rssBase, rssLoaded, heapBase, heapLoaded, swarm.Connected)),
        };
        if (tabs is not null)
        {
            figures.Add(new("tab change→screen", await TabLatencyAsync(tabs, commits, options.CircuitSeconds)));
        }

        notes.Add($"render batches received: {swarm.Batches:N0}, {swarm.BatchBytes / 1024.0 / 1024:0.0} MiB in all; not kept");
        notes.Add("JS interop the circuits asked of their (absent) browser: " +
            string.Join(", ", swarm.JsCalls.OrderByDescending(kv => kv.Value).Take(8).Select(kv => $"{kv.Key} ×{kv.Value}")));

        // Empty notes are the parts not asked for (no --gcdump).
        notes.RemoveAll(string.IsNullOrEmpty);
        return new PhaseResult(
            "Headless dashboard circuits (/_blazor, blazorpack, no browser) with Chromium tabs timed alongside",
            "circuit",
            n,
            swarm.Connected,
            swarm.Failed > 0 ? $"{swarm.Failed} failed: {swarm.FirstError}" : null,
            swarm.ConnectTime,
            options.CircuitSeconds,
            deliveries.All,
            deliveries.Missing,
            deliveries.FirstPerChange,
            deliveries.LastPerChange,
            "one Stopwatch in the load tool: COMMIT returned → render batch with the change's marker received (server rendered and sent it)",
            idle,
            phase,
            rssBase,
            rssLoaded,
            notes)
        {
            Figures = figures,
        };
    }

    private static string PerCircuit(long rssBase, long rssLoaded, long? heapBase, long? heapLoaded, int circuits)
    {
        var rss = (rssLoaded - rssBase) / 1024.0 / circuits;
        var heap = heapBase is { } b && heapLoaded is { } l ? $"{(l - b) / 1024.0 / 1024 / circuits:0.00} MiB GC heap ({Mib(b)} → {Mib(l)} after induced full collections)" : "GC heap n/a (EventPipe not reachable)";
        return string.Create(CultureInfo.InvariantCulture, $"{rss:0.00} MiB RSS; {heap}; ÷ {circuits} headless circuits, before the tabs opened");
    }

    private static async Task<string> TabLatencyAsync(DashboardPages tabs, CommitTime[] commits, int changes)
    {
        var seen = await tabs.CollectAsync();
        var latencies = seen
            .Select(tab => commits.Select((commit, i) => tab.TryGetValue(FirstMeasured + i, out var at) ? at - commit.UnixMs : double.NaN).ToArray())
            .ToList();
        var d = Deliveries.From(latencies, changes);
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {d.All.P50:0.0}  p95 {d.All.P95:0.0}  p99 {d.All.P99:0.0}  max {d.All.Max:0.0} ms (n={d.All.Count}, {d.Missing} missing; {tabs.Pages.Count} tabs; COMMIT returned → banner text in the DOM, wall clocks)");
    }

    private static string Mib(long? bytes) => bytes is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b / 1024.0 / 1024:0.0} MiB") : "n/a";

    private static async Task<int> WaitSeenAsync(HeadlessSwarm swarm, int index, int wanted, TimeSpan limit, CancellationToken ct)
    {
        var until = RunContext.After(Stopwatch.GetTimestamp(), limit.TotalSeconds);
        var seen = swarm.CountSeen(index);
        while (seen < wanted && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            seen = swarm.CountSeen(index);
        }

        return seen;
    }
}
