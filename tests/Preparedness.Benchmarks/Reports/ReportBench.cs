using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reports;

namespace Preparedness.Benchmarks.Reports;

/// <summary>
/// One governorate's readiness report (4,000 tasks) read as the page reads it — the dashboard's figures, the
/// worst overdue tasks, the returned work and the open concerns — rotating through the governorates.
/// Wall time per report on the server, from the first statement to the last row.
/// </summary>
internal static class ReportBench
{
    public static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(100);

    public static async Task<bool> RunAsync(string connectionString, int rounds)
    {
        await using var services = AppServices.Build(connectionString);
        var reports = services.GetRequiredService<ReadinessReportService>();
        int[] governorates;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync())
        {
            governorates = await db.Governorates.OrderBy(g => g.Id).Select(g => g.Id).ToArrayAsync();
        }

        var warmup = Math.Max(governorates.Length * 2, rounds / 5);
        Console.WriteLine();
        Console.WriteLine($"Readiness report, one governorate, {rounds} measured reports after {warmup} warm-ups (budget p95 {Budget.TotalMilliseconds:0} ms)");
        var times = new List<double>();
        var tasks = 0;
        for (var i = 0; i < warmup + rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            var report = await reports.GetAsync(Actor.System, governorates[i % governorates.Length], null, null);
            if (i >= warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            tasks = report!.Figures.Overall.Tasks;
        }

        times.Sort();
        var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        Console.WriteLine(" tasks |   min ms | median ms |   p95 ms |   p99 ms |   max ms");
        Console.WriteLine($"{tasks,6:N0} | {times[0],8:0.0} | {times[times.Count / 2],9:0.0} | {p95,8:0.0} | "
            + $"{times[(int)Math.Ceiling(times.Count * 0.99) - 1],8:0.0} | {times[^1],8:0.0}");
        return tasks >= 4000 && p95 <= Budget.TotalMilliseconds;
    }
}
