namespace Preparedness.LoadTests.Measuring;

/// <summary>Latencies of every (receiver × change) delivery, and per change of its first and last receiver.</summary>
internal sealed record Deliveries(Latencies All, long Missing, Latencies FirstPerChange, Latencies LastPerChange)
{
    /// <param name="latencyMs">[receiver][change] latency in ms; NaN where the receiver never got the change.</param>
    public static Deliveries From(IReadOnlyList<double[]> latencyMs, int changes)
    {
        var all = new List<double>(latencyMs.Count * changes);
        var first = new List<double>(changes);
        var last = new List<double>(changes);
        long missing = 0;
        for (var change = 0; change < changes; change++)
        {
            var min = double.PositiveInfinity;
            var max = double.NegativeInfinity;
            foreach (var receiver in latencyMs)
            {
                var value = receiver[change];
                if (double.IsNaN(value))
                {
                    missing++;
                    continue;
                }

                all.Add(value);
                min = Math.Min(min, value);
                max = Math.Max(max, value);
            }

            if (!double.IsInfinity(min))
            {
                first.Add(min);
                last.Add(max);
            }
        }

        return new Deliveries(Latencies.Of(all), missing, Latencies.Of(first), Latencies.Of(last));
    }
}
