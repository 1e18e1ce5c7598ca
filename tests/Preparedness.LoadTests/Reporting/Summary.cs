using System.Globalization;
using System.Text;
using Preparedness.LoadTests.Measuring;
using Preparedness.LoadTests.Scenarios;

namespace Preparedness.LoadTests.Reporting;

/// <summary>The plain table printed at the end; numbers only, the reader judges.</summary>
internal static class Summary
{
    private const double P95Budget = 250;
    private const double P99Budget = 500;

    public static string Render(string header, IReadOnlyList<PhaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(header);
        foreach (var r in results)
        {
            text.AppendLine();
            text.AppendLine(r.Name);
            text.AppendLine(new string('-', r.Name.Length));
            Row(text, $"{r.Unit}s", $"{r.Connected} of {r.Requested} ({r.ConnectTime.TotalSeconds:0.0} s to open){(r.ConnectProblem is null ? "" : "; " + r.ConnectProblem)}");
            Row(text, "changes", $"{r.Changes}, one a second, committed by the load tool (UPDATE + history + pg_notify)");
            Row(text, "deliveries", $"{r.Latency.Count} received, {r.Missing} missing (of {r.Connected} × {r.Changes} = {(long)r.Connected * r.Changes})");
            Row(text, "latency commit→receipt", Ms(r.Latency));
            Row(text, "  first receiver/change", Ms(r.FirstPerChange));
            Row(text, "  last receiver/change", Ms(r.LastPerChange));
            Row(text, "  clock", r.Clock);
            Row(text, "requirement", r.Unit == "connection"
                ? $"p95 ≤ {P95Budget:0} ms: {Verdict(r.Latency.P95 <= P95Budget && r.Missing == 0)}; p99 ≤ {P99Budget:0} ms: {Verdict(r.Latency.P99 <= P99Budget && r.Missing == 0)}"
                : "(issue #3 asks to report; budgets shown for comparison) " +
                  $"p95 ≤ {P95Budget:0}: {Verdict(r.Latency.P95 <= P95Budget)}, p99 ≤ {P99Budget:0}: {Verdict(r.Latency.P99 <= P99Budget)}");
            var perBroadcast = r.Phase.AppMs / r.Changes;
            var idlePerSecond = r.Idle.AppMs / r.Idle.Seconds;
            var net = (r.Phase.AppMs - idlePerSecond * r.Phase.Seconds) / r.Changes;
            // The idle window is short and the app has background work (pings, JIT, GC); a net figure below
            // zero says the idle rate was noisy, not that broadcasts are free.
            var netText = net > 0 ? $"{net:0.0} ms net of the idle rate" : "net of the idle rate: n/a (idle window noisier than the broadcasts)";
            Row(text, "app CPU per broadcast", $"{perBroadcast:0.0} ms gross (app CPU in the change phase / changes); {netText}");
            Row(text, "  per recipient", $"{perBroadcast * 1000 / Math.Max(1, r.Connected):0.0} µs gross" + (net > 0 ? $", {net * 1000 / Math.Max(1, r.Connected):0.0} µs net" : ""));
            Row(text, "postgres CPU per broadcast", $"{r.Phase.PostgresMs / r.Changes:0.0} ms (all backends of the throwaway cluster; n/a on an external server)");
            Row(text, "load tool CPU per broadcast", $"{r.Phase.ToolMs / r.Changes:0.0} ms (this process: clients decoding, committing){(r.Phase.BrowserMs > 0 ? $"; browser {r.Phase.BrowserMs / r.Changes:0.0} ms" : "")}");
            Row(text, "  idle app CPU", $"{idlePerSecond:0.0} ms/s with {r.Connected} {r.Unit}s open and no changes ({r.Idle.Seconds:0} s window)");
            Row(text, "app memory", $"RSS {Mib(r.RssBaseKib)} with none → {Mib(r.RssLoadedKib)} with {r.Connected}: " +
                $"{(r.RssLoadedKib - r.RssBaseKib) / (double)Math.Max(1, r.Connected):0.0} KiB per {r.Unit} (RSS difference, GC not forced)");
            Row(text, "CPU in change phase", Cores(r.Phase));
            Row(text, "CPU in idle window", Cores(r.Idle));
            foreach (var (process, ms) in r.Phase.Busiest)
            {
                Row(text, "  busiest (change phase)", $"{ms / 1000 / r.Phase.Seconds:0.00} cores  {process}");
            }

            foreach (var (label, value) in r.Figures)
            {
                Row(text, label, value);
            }

            foreach (var note in r.Notes)
            {
                Row(text, "note", note);
            }
        }

        return text.ToString();
    }

    private static string Ms(Latencies l) => l.Count == 0
        ? "no samples"
        : string.Create(CultureInfo.InvariantCulture, $"p50 {l.P50:0.0}  p95 {l.P95:0.0}  p99 {l.P99:0.0}  max {l.Max:0.0}  min {l.Min:0.0}  mean {l.Mean:0.0} ms  (n={l.Count})");

    // CPU time as average cores busy over the window: the machine has two, so the reader sees who took them.
    private static string Cores(CpuUse u)
    {
        double C(double ms) => ms / 1000 / u.Seconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"cores busy (of {u.MachineCapacityMs / 1000 / u.Seconds:0.0}): app {C(u.AppMs):0.00}, load tool {C(u.ToolMs):0.00}, browser {C(u.BrowserMs):0.00}, " +
            $"postgres {C(u.PostgresMs):0.00}, others {C(u.OthersMs):0.00}, machine {C(u.MachineBusyMs):0.00} over {u.Seconds:0.0} s");
    }

    private static string Mib(long kib) => string.Create(CultureInfo.InvariantCulture, $"{kib / 1024.0:0.0} MiB");

    private static string Verdict(bool ok) => ok ? "PASS" : "FAIL";

    private static void Row(StringBuilder text, string label, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"  {label,-26} {value}").AppendLine();
}
