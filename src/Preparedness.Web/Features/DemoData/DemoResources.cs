using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Resources;

namespace Preparedness.Web.Features.DemoData;

/// <summary>
/// The resource types a governorate counts before winter, and believable stock for the demo: the utilities'
/// suction trucks, pumps and generators across the units, each council's loaders, sandbags and shelters, the
/// health directorate's ambulances, the Red Crescent's ambulances and boats; minimum levels per unit; about one
/// entry in six not checked for three weeks.
/// </summary>
internal static class DemoResources
{
    private static readonly (string Code, string Ar, string En, bool Capacity)[] Types =
    [
        ("suction-truck", "سيارة شفط مياه الأمطار", "Suction truck", false),
        ("water-pump", "طلمبة نزح مياه", "Dewatering pump", false),
        ("generator", "مولد كهربائي", "Generator", false),
        ("loader", "لودر", "Loader", false),
        ("boat", "قارب إنقاذ", "Rescue boat", false),
        ("sandbags", "أكياس رمل", "Sandbags", false),
        ("shelter", "مركز إيواء", "Shelter", true),
        ("ambulance", "سيارة إسعاف", "Ambulance", false),
        ("water-tanker", "سيارة نقل مياه (فنطاس)", "Water tanker", false),
    ];

    public static async Task EnsureTypesAsync(PreparednessDbContext db, CancellationToken ct)
    {
        var known = await db.ResourceTypes.Select(t => t.Code).ToListAsync(ct);
        db.ResourceTypes.AddRange(Types.Where(t => !known.Contains(t.Code))
            .Select(t => new ResourceType { Code = t.Code, NameAr = t.Ar, NameEn = t.En, HasCapacity = t.Capacity }));
        await db.SaveChangesAsync(ct);
    }

    public static async Task SeedAsync(PreparednessDbContext db, DemoStructure structure, IReadOnlyDictionary<string, DemoAuthor> authors, DateTimeOffset now, CancellationToken ct)
    {
        var types = await db.ResourceTypes.ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var random = new Random(structure.Governorate.Code.Length * 7919);
        var units = structure.Units.Values.ToList();
        var entries = new List<ResourceEntry>();
        var governorateId = structure.Governorate.Id;

        void Add(string organisationCode, int unitId, string type, int held, string? location, int? capacity = null)
        {
            if (!structure.Organisations.TryGetValue(organisationCode, out var organisation))
            {
                return;
            }

            var author = authors.TryGetValue(organisationCode, out var a) ? a : new DemoAuthor(null, $"مسؤول {organisation.NameAr}");
            var stale = random.Next(6) == 0;
            entries.Add(new ResourceEntry
            {
                GovernorateId = governorateId, OrganisationId = organisation.Id, LocalUnitId = unitId, ResourceTypeId = types[type],
                QuantityHeld = held, QuantityWorking = Math.Max(0, held - random.Next(0, 1 + held / 3)), Capacity = capacity, Location = location,
                LastCheckedAt = now.AddDays(stale ? -20 - random.Next(10) : -random.Next(6)).AddHours(-random.Next(12)),
                LastCheckedById = author.UserId ?? "demo", LastCheckedByName = author.Name,
            });
        }

        var utilities = new[] { "water-luxor", "sanitation-alex", "water-alex" };
        foreach (var unit in units)
        {
            foreach (var utility in utilities)
            {
                Add(utility, unit.Id, "suction-truck", 1 + random.Next(4), $"جراج {unit.NameAr}");
                Add(utility, unit.Id, "water-pump", 2 + random.Next(6), $"محطة رفع {unit.NameAr}");
            }
        }

        foreach (var utility in utilities)
        {
            Add(utility, units[0].Id, "generator", 4 + random.Next(4), "المخزن الرئيسي");
            Add(utility, units[0].Id, "water-tanker", 3 + random.Next(3), "المخزن الرئيسي");
        }

        foreach (var council in structure.Councils.Where(c => c.LocalUnit is not null))
        {
            var unitId = council.LocalUnit!.Id;
            Add(council.Code, unitId, "loader", 1 + random.Next(3), $"مخزن {council.LocalUnit.NameAr}");
            Add(council.Code, unitId, "sandbags", 200 + 50 * random.Next(10), $"مخزن {council.LocalUnit.NameAr}");
            Add(council.Code, unitId, "shelter", 1 + random.Next(2), "مدرسة / مركز شباب", capacity: 150 + 50 * random.Next(6));
        }

        Add("dir-health", units[0].Id, "ambulance", 10 + random.Next(10), "مرفق الإسعاف");
        Add("dir-health", units[0].Id, "generator", 6 + random.Next(4), "المستشفى العام");

        // The partner's own stock, the only stock its account sees (last, so the draws above are unchanged).
        Add(DemoPartnerWork.PartnerCode, units[0].Id, "ambulance", 2 + random.Next(3), "مقر فرع الهلال الأحمر");
        Add(DemoPartnerWork.PartnerCode, units[0].Id, "boat", 1 + random.Next(2), "مقر فرع الهلال الأحمر");
        db.ResourceEntries.AddRange(entries);
        db.ResourceMinimums.AddRange(Minimums(structure, types, governorateId, now));
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<ResourceMinimum> Minimums(DemoStructure structure, IReadOnlyDictionary<string, int> types, int governorateId, DateTimeOffset now)
    {
        var coastal = structure.Governorate.Code == DemoAccounts.Alexandria;
        foreach (var unit in structure.Units.Values)
        {
            ResourceMinimum Level(string type, HazardScenario scenario, int minimum) => new()
            {
                GovernorateId = governorateId, LocalUnitId = unit.Id, ResourceTypeId = types[type], Scenario = scenario, Minimum = minimum,
                UpdatedAt = now.AddDays(-30), UpdatedByName = "الأمانة العامة",
            };

            yield return Level("suction-truck", HazardScenario.General, coastal ? 6 : 3);
            yield return Level("water-pump", HazardScenario.HeavyRain, coastal ? 12 : 6);
            yield return Level("sandbags", HazardScenario.General, 400);
            yield return coastal ? Level("water-pump", HazardScenario.CoastalStorm, 16) : Level("boat", HazardScenario.FlashFlood, 1);
        }
    }
}
