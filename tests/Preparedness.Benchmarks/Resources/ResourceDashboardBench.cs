using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Benchmarks.Measuring;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Resources;

namespace Preparedness.Benchmarks.Resources;

/// <summary>
/// The dashboard's figures including its resources panel (gaps by unit and type, the not-reported count) at national
/// scale: 27 governorates × 500 resource entries, each unit with minimum levels for four types (and a heavy-rain level
/// for two), about one entry in six not checked for a month. Each call takes the next governorate. Budget p95 ≤ 20 ms.
/// The entries are added once (kept in a reused benchmark database).
/// </summary>
internal static class ResourceDashboardBench
{
    public const int EntriesPerGovernorate = 500;
    public static readonly TimeSpan P95Budget = TimeSpan.FromMilliseconds(20);

    public static async Task<bool> RunAsync(string connectionString, int warmup, int iterations)
    {
        await using var services = AppServices.Build(connectionString);
        var factory = services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>();
        var governorates = await ResourceDataSet.EnsureAsync(factory, EntriesPerGovernorate);
        var dashboard = services.GetRequiredService<DashboardService>();
        var resources = services.GetRequiredService<ResourceQueries>();
        var actor = Operations.Administrator;

        var figures = await MeasureAsync(governorates, warmup, iterations, id => dashboard.GetAsync(actor, id));
        var resourcesOnly = await MeasureAsync(governorates, warmup, iterations, id => resources.FiguresAsync(actor, id));
        var both = await MeasureAsync(governorates, warmup, iterations, async id =>
        {
            await dashboard.GetAsync(actor, id);
            await resources.FiguresAsync(actor, id);
        });

        Console.WriteLine();
        Console.WriteLine($"The dashboard's figures with resources ({governorates.Count} governorates × {EntriesPerGovernorate} entries), {iterations} calls after {warmup} warm-up (budget p95 {P95Budget.TotalMilliseconds:0} ms for tasks + resources)");
        Console.WriteLine("operation            |   p50 ms |   p95 ms |   p99 ms");
        Print("task figures", figures);
        Print("resource figures", resourcesOnly);
        Print("tasks + resources", both);
        return Percentile(both, 0.95) <= P95Budget.TotalMilliseconds;
    }

    internal static async Task<List<double>> MeasureAsync(IReadOnlyList<int> governorates, int warmup, int iterations, Func<int, Task> call)
    {
        var times = new List<double>(iterations);
        var clock = new Stopwatch();
        for (var i = 0; i < warmup + iterations; i++)
        {
            clock.Restart();
            await call(governorates[i % governorates.Count]);
            if (i >= warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    internal static void Print(string name, List<double> times) =>
        Console.WriteLine($"{name,-20} | {Percentile(times, 0.50),8:0.00} | {Percentile(times, 0.95),8:0.00} | {Percentile(times, 0.99),8:0.00}");

    internal static double Percentile(List<double> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
