using System.Globalization;
using BenchmarkDotNet.Reports;

namespace Preparedness.Benchmarks.Measuring;

/// <summary>The plain answer to the issue: per operation N, mean, p50, p95, p99 in ms and the verdict on p95.</summary>
internal static class LatencyTable
{
    /// <returns>True when every operation ran and met its p95 budget.</returns>
    public static bool Print(Summary summary)
    {
        var passed = true;
        Console.WriteLine();
        Console.WriteLine($"{"operation",-44} {"N",5} {"mean",7} {"p50",7} {"p95",7} {"p99",7} {"max",7}  p95 budget");
        foreach (var operation in Enum.GetValues<Operation>())
        {
            var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == operation.ToString());
            var stats = report?.ResultStatistics;
            if (stats is null)
            {
                Console.WriteLine($"{operation.Describe(),-44} did not run (see the BenchmarkDotNet log)  FAIL");
                passed = false;
                continue;
            }

            var p95 = Ms(stats.Percentiles.P95);
            var pass = p95 <= operation.BudgetMs();
            passed &= pass;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{operation.Describe(),-44} {stats.N,5} {Ms(stats.Mean),7:0.00} {Ms(stats.Median),7:0.00} {p95,7:0.00} {Ms(stats.Percentiles.Percentile(99)),7:0.00} {Ms(stats.Max),7:0.00}  ≤ {operation.BudgetMs():0} ms {(pass ? "PASS" : "FAIL")}"));
        }

        Console.WriteLine("(ms, one call per sample, in process through the app's services, against the database above)");
        return passed;
    }

    private static double Ms(double nanoseconds) => nanoseconds / 1_000_000;
}
