using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Benchmarks.Measuring;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Features.Resources;
using Preparedness.Benchmarks.Resources;

namespace Preparedness.Benchmarks.Health;

/// <summary>
/// The dashboard's figures with its health panel at national scale: each of the 27 governorates gets 50 blood-stock
/// entries (a regional centre and six hospitals, eight groups each, the last with two), then every call reads one
/// governorate's readiness figures, its health pack and the panel's figures, taking the next governorate each time; then
/// the same with the resources panel's figures too (27 × 500 resource entries, added once).
/// Budget: p95 ≤ 20 ms for tasks + resources + health together (issue 16). Run: deploy/bench.sh --only health
/// </summary>
internal static class HealthDashboardBench
{
    public const int StocksPerGovernorate = 50;
    public static readonly TimeSpan P95Budget = TimeSpan.FromMilliseconds(20);

    public static async Task<bool> RunAsync(string connectionString, int warmup, int iterations)
    {
        await using var services = AppServices.Build(connectionString);
        var governorates = await EnsureHealthDataAsync(services);
        await ResourceDataSet.EnsureAsync(services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>(), ResourceDashboardBench.EntriesPerGovernorate);
        var dashboard = services.GetRequiredService<DashboardService>();
        var health = services.GetRequiredService<HealthQueries>();
        var resources = services.GetRequiredService<ResourceQueries>();
        var rules = services.GetRequiredService<HealthRules>();
        var actor = Operations.Administrator;

        var withHealth = await ResourceDashboardBench.MeasureAsync(governorates, warmup, iterations, async id =>
        {
            await dashboard.GetAsync(actor, id);
            _ = HealthFigures.Of(await health.GetAsync(actor, id), rules);
        });

        // The whole dashboard's figures one after another (the page's panels read theirs side by side, so this is the slower case).
        var all = await ResourceDashboardBench.MeasureAsync(governorates, warmup, iterations, async id =>
        {
            await dashboard.GetAsync(actor, id);
            await resources.FiguresAsync(actor, id);
            _ = HealthFigures.Of(await health.GetAsync(actor, id), rules);
        });

        Console.WriteLine();
        Console.WriteLine($"The dashboard's figures with the health panel ({governorates.Count} governorates × {StocksPerGovernorate} blood stocks and × {ResourceDashboardBench.EntriesPerGovernorate} resource entries), {iterations} calls after {warmup} warm-up (budget p95 {P95Budget.TotalMilliseconds:0} ms for tasks + resources + health)");
        Console.WriteLine("operation            |   p50 ms |   p95 ms |   p99 ms");
        ResourceDashboardBench.Print("figures + health", withHealth);
        ResourceDashboardBench.Print("tasks+resources+health", all);
        return ResourceDashboardBench.Percentile(all, 0.95) <= P95Budget.TotalMilliseconds;
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
