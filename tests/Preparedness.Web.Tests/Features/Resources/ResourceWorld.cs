using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Resources;

/// <summary>Resource rows for the test world, written directly: the tests exercise the services, not this setup.</summary>
internal static class ResourceWorld
{
    public static async Task<int> TypeAsync(PreparednessDbContext db, string code = "suction-truck")
    {
        var type = new ResourceType { Code = code, NameAr = "سيارة شفط", NameEn = "Suction truck" };
        db.ResourceTypes.Add(type);
        await db.SaveChangesAsync();
        return type.Id;
    }

    public static async Task<ResourceEntry> EntryAsync(
        PreparednessDbContext db, TestWorld world, int typeId, int held, int working, DateTimeOffset checkedAt, int? organisationId = null, int? unitId = null)
    {
        var entry = new ResourceEntry
        {
            GovernorateId = world.Luxor.Id, OrganisationId = organisationId ?? world.LuxorWater.Id, LocalUnitId = unitId ?? world.Esna.Id,
            ResourceTypeId = typeId, QuantityHeld = held, QuantityWorking = working, Location = "جراج إسنا",
            LastCheckedAt = checkedAt, LastCheckedById = "water-lx", LastCheckedByName = "Water head",
        };
        db.ResourceEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    public static async Task<ResourceMinimum> MinimumAsync(PreparednessDbContext db, TestWorld world, int typeId, int minimum, int? unitId = null)
    {
        var level = new ResourceMinimum
        {
            GovernorateId = world.Luxor.Id, LocalUnitId = unitId ?? world.Esna.Id, ResourceTypeId = typeId, Scenario = HazardScenario.General,
            Minimum = minimum, UpdatedAt = DatabaseTest.Now, UpdatedByName = "SG",
        };
        db.ResourceMinimums.Add(level);
        await db.SaveChangesAsync();
        return level;
    }
}
