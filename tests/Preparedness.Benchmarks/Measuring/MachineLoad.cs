namespace Preparedness.Benchmarks.Measuring;

/// <summary>
/// The load average, printed around the measurement: on a 2-core machine shared with builds or tests,
/// latency figures taken under load say more about the neighbours than about the app.
/// </summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        var fields = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : [];
        if (fields.Length < 3)
        {
            return "load average unknown";
        }

        var busy = double.TryParse(fields[0], System.Globalization.CultureInfo.InvariantCulture, out var oneMinute)
            && oneMinute > Environment.ProcessorCount / 2.0;
        return $"load average {fields[0]} {fields[1]} {fields[2]} on {Environment.ProcessorCount} CPUs"
            + (busy ? " (BUSY: other work is competing for the CPUs; figures are pessimistic, rerun on a quiet machine)" : "");
    }
}
