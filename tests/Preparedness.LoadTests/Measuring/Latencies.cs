namespace Preparedness.LoadTests.Measuring;

/// <summary>Order statistics of a set of latencies in milliseconds (nearest-rank percentiles).</summary>
internal sealed record Latencies(int Count, double Min, double P50, double P95, double P99, double Max, double Mean)
{
    public static Latencies Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Latencies(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new Latencies(sorted.Length, sorted[0], Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1], sorted.Average());
    }

    private static double Rank(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
