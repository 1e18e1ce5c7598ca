using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Resources;

namespace Preparedness.Benchmarks.Resources;

/// <summary>Resource types, entries and minimum levels for every governorate of the benchmark data, added once.</summary>
internal static class ResourceDataSet
{
    private static readonly string[] TypeCodes = ["suction-truck", "water-pump", "generator", "loader", "boat", "sandbags", "shelter", "ambulance", "water-tanker"];

    public static async Task<List<int>> EnsureAsync(IDbContextFactory<PreparednessDbContext> factory, int entriesPerGovernorate)
    {
        await using var db = await factory.CreateDbContextAsync();
        var governorates = await db.Governorates.OrderBy(g => g.Id).Select(g => g.Id).ToListAsync();
        var known = await db.ResourceTypes.Select(t => t.Code).ToListAsync();
        db.ResourceTypes.AddRange(TypeCodes.Except(known).Select(c => new ResourceType { Code = c, NameAr = c, NameEn = c, HasCapacity = c == "shelter" }));
        await db.SaveChangesAsync();
        var types = await db.ResourceTypes.Where(t => TypeCodes.Contains(t.Code)).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
        var now = TimeProvider.System.GetUtcNow(); // the data set stands for today on the machine the benchmark runs on
        var random = new Random(27);
        foreach (var governorate in governorates)
        {
            if (await db.ResourceEntries.AnyAsync(e => e.GovernorateId == governorate))
            {
                continue;
            }

            var units = await db.LocalUnits.Where(u => u.GovernorateId == governorate).Select(u => u.Id).ToListAsync();
            var organisations = await db.Organisations.Where(o => o.GovernorateId == governorate).Select(o => o.Id).ToListAsync();
            var combinations =
                from organisation in organisations
                from unit in units
                from type in types
                select (organisation, unit, type);
            db.ResourceEntries.AddRange(combinations.OrderBy(_ => random.Next()).Take(entriesPerGovernorate).Select(c => new ResourceEntry
            {
                GovernorateId = governorate, OrganisationId = c.organisation, LocalUnitId = c.unit, ResourceTypeId = c.type,
                QuantityHeld = 5, QuantityWorking = random.Next(6), LastCheckedById = "bench", LastCheckedByName = "bench",
                LastCheckedAt = now.AddDays(random.Next(6) == 0 ? -30 : -random.Next(10)),
            }));
            db.ResourceMinimums.AddRange(units.SelectMany(unit => types.Take(4).Select((type, i) => new ResourceMinimum
            {
                GovernorateId = governorate, LocalUnitId = unit, ResourceTypeId = type, Scenario = HazardScenario.General, Minimum = 3 + i, UpdatedAt = now, UpdatedByName = "bench",
            }).Concat(types.Take(2).Select(type => new ResourceMinimum
            {
                GovernorateId = governorate, LocalUnitId = unit, ResourceTypeId = type, Scenario = HazardScenario.HeavyRain, Minimum = 8, UpdatedAt = now, UpdatedByName = "bench",
            }))));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return governorates;
    }
}
