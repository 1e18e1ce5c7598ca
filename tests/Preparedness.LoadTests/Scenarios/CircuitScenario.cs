using System.Diagnostics;
using Preparedness.LoadTests.Infrastructure;
using Preparedness.LoadTests.Measuring;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>
/// N live Blazor dashboards (circuits) on a fresh app process; one committed status change a second;
/// latency from COMMIT returning (tool's wall clock) to the banner showing it (browser's wall clock).
/// </summary>
internal static class CircuitScenario
{
    private const int FirstMeasured = 1000;

    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    public static async Task<PhaseResult> RunAsync(RunContext run, CancellationToken ct)
    {
        var options = run.Options;
        var notes = new List<string>();
        if (await QuietMachine.BeforeScenarioAsync(options.WaitQuietSeconds, ct) is { } quietNote)
        {
            notes.Add(quietNote);
        }

        RunContext.Say($"circuit scenario: starting the app ({options.Circuits} dashboards, {options.CircuitSeconds} changes)");
        await using var app = await AppProcess.StartAsync(run.AppDll, run.Paths, run.Scratch, run.Database.ConnectionString, "circuits", ct);
        var cookies = await SignIn.AsOperationsRoomAsync(app.BaseAddress, ct);
        await using var driver = await ChangeDriver.CreateAsync(run.Database.ConnectionString, ct);
        await using var browser = await DashboardPages.LaunchAsync(app.BaseAddress, cookies, animations: !options.NoAnimations);
        var meter = new CpuMeter(app.Pid, run.Database.PostmasterPid);

        // Warm-up: one dashboard sees a burst of changes (JIT, first render, first figures), then closes.
        await browser.OpenAsync(1, driver.MarkerPattern, ct);
        if (browser.Pages.Count == 0)
        {
            throw new InvalidOperationException($"The warm-up dashboard did not become interactive: {browser.FirstError}\n{app.LogTail()}");
        }

        await WarmUp.RunAsync(driver, app.Pid, async last =>
        {
            if (await WaitSeenAsync(browser, last, 1, TimeSpan.FromSeconds(30), ct) < 1)
            {
                throw new InvalidOperationException($"Warm-up: the dashboard did not show a committed change within 30 s.\n{app.LogTail()}");
            }
        }, ct);

        await browser.CloseAllAsync();
        // Lets the background JIT finish and the closed tab's circuit go.
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        notes.Add(HubScenario.Settled("after the warm-up", await JitSettle.WaitAsync(app.Pid, HubScenario.JitLimit, ct)));
        var rssBase = await Memory.SettledRssKibAsync(app.Pid, ct);
        RunContext.Say($"circuit scenario: app RSS with no circuits {rssBase / 1024} MiB; opening {options.Circuits} dashboards");

        var openStart = Stopwatch.GetTimestamp();
        await browser.OpenAsync(options.Circuits, driver.MarkerPattern, ct);
        var openTime = Stopwatch.GetElapsedTime(openStart);
        var open = browser.Pages.Count;
        RunContext.Say($"circuit scenario: {open} interactive, {browser.Failed} failed in {openTime.TotalSeconds:0.0} s");
        if (open == 0)
        {
            throw new InvalidOperationException($"No dashboard became interactive: {browser.FirstError}");
        }

        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        notes.Add(HubScenario.Settled($"after opening {open} dashboards", await JitSettle.WaitAsync(app.Pid, HubScenario.JitLimit, ct)));
        var rssLoaded = await Memory.SettledRssKibAsync(app.Pid, ct);

        var idleStart = meter.Take();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds), ct);
        var idle = CpuUse.Between(idleStart, meter.Take());

        RunContext.Say($"circuit scenario: app RSS with circuits {rssLoaded / 1024} MiB; {options.CircuitSeconds} changes, one a second");
        var phaseStart = meter.Take();
        var t0 = Stopwatch.GetTimestamp();
        var commits = await driver.RunAsync(FirstMeasured, options.CircuitSeconds, TimeSpan.FromSeconds(1), ct);
        // The CPU window is exactly one second per change, whatever the last delivery took.
        await RunContext.UntilAsync(RunContext.After(t0, options.CircuitSeconds), ct);
        var phase = CpuUse.Between(phaseStart, meter.Take());

        var last = FirstMeasured + options.CircuitSeconds - 1;
        var seenLast = await WaitSeenAsync(browser, last, open, Grace, ct);
        if (seenLast < open)
        {
            notes.Add($"{open - seenLast} of {open} dashboards had not shown the last change {Grace.TotalSeconds:0} s after the change phase");
        }

        var seen = await browser.CollectAsync();
        var latencies = seen
            .Select(tab => commits.Select((commit, i) => tab.TryGetValue(FirstMeasured + i, out var at) ? at - commit.UnixMs : double.NaN).ToArray())
            .ToList();
        var deliveries = Deliveries.From(latencies, options.CircuitSeconds);
        notes.Add($"opening {open} dashboards took {openTime.TotalSeconds:0.0} s");
        notes.Add(options.NoAnimations
            ? "CSS animations and transitions switched off in every tab (--no-animations): the browser's cost is then the DOM update, not the 3 s glow"
            : "tabs run the page's CSS as is, including the 3 s glow animation on each change");

        return new PhaseResult(
            "Blazor dashboards (/ in headless Chromium, one circuit per tab)",
            "circuit",
            options.Circuits,
            open,
            browser.Failed > 0 ? $"{browser.Failed} failed: {browser.FirstError}" : null,
            openTime,
            options.CircuitSeconds,
            deliveries.All,
            deliveries.Missing,
            deliveries.FirstPerChange,
            deliveries.LastPerChange,
            "wall clock of this machine: COMMIT returned (tool) → banner text in the DOM (browser); ~1 ms resolution",
            idle,
            phase,
            rssBase,
            rssLoaded,
            notes);
    }

    private static async Task<int> WaitSeenAsync(DashboardPages browser, int sequence, int wanted, TimeSpan limit, CancellationToken ct)
    {
        var until = RunContext.After(Stopwatch.GetTimestamp(), limit.TotalSeconds);
        var seen = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            seen = await browser.CountSeenAsync(sequence);
            if (seen >= wanted)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }

        return seen;
    }
}
