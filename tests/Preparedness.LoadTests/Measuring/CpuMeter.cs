using System.Diagnostics;

namespace Preparedness.LoadTests.Measuring;

/// <summary>CPU time of everyone on the machine during a window, so the reader sees who used the two cores.</summary>
internal sealed class CpuMeter(int appPid, int? postmasterPid)
{
    public CpuSample Take()
    {
        var self = Environment.ProcessId;
        var appTree = ProcFs.Descendants(appPid).Append(appPid).ToHashSet();
        // The browser (Playwright's driver and Chromium) runs as our child, as does the app; keep them apart.
        var browser = ProcFs.Descendants(self).Where(pid => !appTree.Contains(pid)).Sum(ProcFs.CpuTicks);
        var postgres = postmasterPid is { } pm ? ProcFs.Descendants(pm).Append(pm).Sum(ProcFs.CpuTicks) : 0;
        var (busy, total) = ProcFs.MachineTicks();
        return new CpuSample(Stopwatch.GetTimestamp(), appTree.Sum(ProcFs.CpuTicks), ProcFs.CpuTicks(self), browser, postgres, busy, total, ProcFs.AllCpuTicks());
    }
}

internal sealed record CpuSample(long Timestamp, long App, long Tool, long Browser, long Postgres, long MachineBusy, long MachineTotal, Dictionary<int, long> All);

/// <summary>CPU used between two samples, in milliseconds of CPU time.</summary>
internal sealed record CpuUse(
    double Seconds, double AppMs, double ToolMs, double BrowserMs, double PostgresMs, double MachineBusyMs, double MachineCapacityMs,
    IReadOnlyList<(string Process, double Ms)> Busiest)
{
    public double OthersMs => Math.Max(0, MachineBusyMs - AppMs - ToolMs - BrowserMs - PostgresMs);

    public static CpuUse Between(CpuSample start, CpuSample end)
    {
        var msPerTick = 1000.0 / Infrastructure.Native.ClockTicksPerSecond;
        return new CpuUse(
            Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalSeconds,
            (end.App - start.App) * msPerTick,
            (end.Tool - start.Tool) * msPerTick,
            (end.Browser - start.Browser) * msPerTick,
            (end.Postgres - start.Postgres) * msPerTick,
            (end.MachineBusy - start.MachineBusy) * msPerTick,
            (end.MachineTotal - start.MachineTotal) * msPerTick,
            end.All
                .Select(p => (Pid: p.Key, Ms: (p.Value - start.All.GetValueOrDefault(p.Key)) * msPerTick))
                .Where(p => p.Ms > 0)
                .OrderByDescending(p => p.Ms)
                .Take(6)
                // Named now, while they are still running.
                .Select(p => (ProcFs.CommandLine(p.Pid), p.Ms))
                .ToList());
    }
}
