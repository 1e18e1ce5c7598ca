using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Benchmarks.Measuring;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Dashboard.Trends;

namespace Preparedness.Benchmarks.Trends;

/// <summary>
/// What the dashboard asks for on opening, with its trend: the figures, then the governorate's readiness over
/// time read from the snapshots (run <see cref="SnapshotBench"/> first, so a season of them exists). The
/// forecast and the units × categories heat map, also read from snapshots, are timed beside it. Each call
/// takes the next of the 27 governorates.
/// </summary>
internal static class DashboardWithTrendBench
{
    public static readonly TimeSpan P95Budget = TimeSpan.FromMilliseconds(20);

    public static async Task<bool> RunAsync(string connectionString, int warmup, int iterations)
    {
        await using var services = AppServices.Build(connectionString);
        var dashboard = services.GetRequiredService<DashboardService>();
        var trends = services.GetRequiredService<TrendService>();
        List<int> governorates;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync())
        {
            governorates = await db.Governorates.OrderBy(g => g.Id).Select(g => g.Id).ToListAsync();
        }

        var actor = Operations.Administrator;
        var figuresAndTrend = await MeasureAsync(governorates, warmup, iterations, async id =>
        {
            await dashboard.GetAsync(actor, id);
            await trends.TrendAsync(actor, id);
        });
        var forecast = await MeasureAsync(governorates, warmup, iterations, id => trends.ForecastsAsync(actor, id));
        var heatMap = await MeasureAsync(governorates, warmup, iterations, id => trends.HeatMapAsync(actor, id));

        Console.WriteLine();
        Console.WriteLine($"The dashboard with its trend read from snapshots, {iterations} calls after {warmup} warm-up (budget p95 {P95Budget.TotalMilliseconds:0} ms for figures + trend)");
        Console.WriteLine("operation          |   p50 ms |   p95 ms |   p99 ms");
        Print("figures + trend", figuresAndTrend);
        Print("forecast", forecast);
        Print("heat map", heatMap);
        return Percentile(figuresAndTrend, 0.95) <= P95Budget.TotalMilliseconds;
    }

    private static async Task<List<double>> MeasureAsync(IReadOnlyList<int> governorates, int warmup, int iterations, Func<int, Task> call)
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

    private static void Print(string name, List<double> times) =>
        Console.WriteLine($"{name,-18} | {Percentile(times, 0.50),8:0.00} | {Percentile(times, 0.95),8:0.00} | {Percentile(times, 0.99),8:0.00}");

    private static double Percentile(List<double> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
