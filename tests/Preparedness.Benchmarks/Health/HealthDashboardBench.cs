using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Benchmarks.Measuring;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Health;

namespace Preparedness.Benchmarks.Health;

/// <summary>
/// The dashboard's figures with its health panel at national scale: each of the 27 governorates gets 50 blood-stock
/// entries (a regional centre and six hospitals, eight groups each, the last with two), then every call reads one
/// governorate's readiness figures, its health pack and the panel's figures, taking the next governorate each time.
/// Budget: p95 ≤ 20 ms for the three together (issue 16). Run: deploy/bench.sh --only health
/// </summary>
internal static class HealthDashboardBench
{
    public const int StocksPerGovernorate = 50;
    public static readonly TimeSpan P95Budget = TimeSpan.FromMilliseconds(20);

    public static async Task<bool> RunAsync(string connectionString, int warmup, int iterations)
    {
        await using var services = AppServices.Build(connectionString);
        var governorates = await EnsureHealthDataAsync(services);
        var dashboard = services.GetRequiredService<DashboardService>();
        var health = services.GetRequiredService<HealthQueries>();
        var rules = services.GetRequiredService<HealthRules>();
        var actor = Operations.Administrator;

        var times = new List<double>(iterations);
        var clock = new Stopwatch();
        for (var i = 0; i < warmup + iterations; i++)
        {
            var id = governorates[i % governorates.Count];
            clock.Restart();
            await dashboard.GetAsync(actor, id);
            _ = HealthFigures.Of(await health.GetAsync(actor, id), rules);
            if (i >= warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var sorted = times.Order().ToList();
        double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine();
        Console.WriteLine($"The dashboard's figures with the health panel ({governorates.Count} governorates × {StocksPerGovernorate} blood stocks), {iterations} calls after {warmup} warm-up (budget p95 {P95Budget.TotalMilliseconds:0} ms)");
        Console.WriteLine("operation                |   p50 ms |   p95 ms |   p99 ms");
        Console.WriteLine($"{"figures + health",-24} | {P(0.50),8:0.00} | {P(0.95),8:0.00} | {P(0.99),8:0.00}");
        return P(0.95) <= P95Budget.TotalMilliseconds;
    }

    /// <summary>Adds the health pack to governorates that have none yet (a rerun on the same database adds nothing).</summary>
    private static async Task<List<int>> EnsureHealthDataAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var governorates = await db.Governorates.OrderBy(g => g.Id).Select(g => g.Id).ToListAsync();
        var now = services.GetService<TimeProvider>()?.GetUtcNow() ?? TimeProvider.System.GetUtcNow();
        foreach (var id in governorates.Where(id => !db.HealthFacilities.Any(f => f.GovernorateId == id)).ToList())
        {
            var holder = await db.Organisations.Where(o => o.GovernorateId == id).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            var facilities = Enumerable.Range(0, (StocksPerGovernorate + 7) / 8)
                .Select(n => new HealthFacility
                {
                    GovernorateId = id, HolderOrganisationId = holder, Kind = n == 0 ? FacilityKind.BloodTransfusionCentre : FacilityKind.Hospital,
                    NameAr = $"منشأة {n}", NameEn = $"Facility {n}", Beds = 100 + n, IcuBeds = 10, EmergencyOpen = true, UpdatedAt = now, UpdatedByName = "bench",
                })
                .ToList();
            db.HealthFacilities.AddRange(facilities);
            await db.SaveChangesAsync();
            db.BloodStocks.AddRange(facilities
                .SelectMany(f => BloodGroups.All.Select(g => (Facility: f, Group: g)))
                .Take(StocksPerGovernorate)
                .Select((x, n) => new BloodStock
                {
                    GovernorateId = id, FacilityId = x.Facility.Id, Group = x.Group, UnitsOnHand = 10 + (n * 7 % 90), DailyUse = 1 + (n % 9),
                    UpdatedAt = n % 11 == 0 ? now.AddDays(-2) : now, UpdatedByName = "bench",
                }));
            await db.SaveChangesAsync();
        }

        return governorates;
    }
}
