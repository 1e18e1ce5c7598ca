using System.Text;

namespace Preparedness.ClickBench;

/// <summary>The measurements of one interaction at one number of circuits, and the printed table.</summary>
internal sealed class Row(string name, int circuits, bool slow)
{
    public string Name => name;

    public int Circuits => circuits;

    public bool Slow => slow;

    private readonly List<double> milliseconds = [];
    private readonly List<TimeSpan> cpu = [];
    private readonly List<long> bytes = [];

    public void Add(double ms, TimeSpan serverCpu, long wireBytes)
    {
        milliseconds.Add(ms);
        cpu.Add(serverCpu);
        bytes.Add(wireBytes);
    }

    public static string Table(IReadOnlyList<Row> rows, BenchOptions options)
    {
        var text = new StringBuilder()
            .AppendLine($"Issue 19 clicks — {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg")[..14]}")
            .AppendLine($"{options.Runs} run(s) x {options.Repetitions} repetitions after a warm-up; input event -> DOM result in the page; both apps published, Production")
            .AppendLine("server CPU: the app process's user+system time per interaction (mean; /proc ticks are 10 ms); bytes: WebSocket payloads both ways as the browser reports them (decompressed), median")
            .AppendLine()
            .AppendLine("| Interaction | circuits | network | p50 / p95 ms | max ms | server CPU ms | bytes |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine($"| {row.Name} | {row.Circuits} | {(row.Slow ? "1.6 Mbps / 750 kbps / 150 ms" : "loopback")} | {P(row.milliseconds, 50):0.0} / {P(row.milliseconds, 95):0.0} | {row.milliseconds.Max():0} | {row.cpu.Average(c => c.TotalMilliseconds):0.0} | {Median(row.bytes):N0} |");
        }

        return text.ToString();
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static long Median(List<long> values) => values.Order().ElementAt(values.Count / 2);
}
