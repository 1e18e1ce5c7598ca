using Preparedness.Web.Data;
using Preparedness.Web.Features.Health;

namespace Preparedness.Web.Features.DemoData;

/// <summary>
/// Each governorate's health pack: the regional blood transfusion centre and hospitals, kept by its health
/// directorate. The only hospital the research data names is Luxor Medical Complex; the others are plainly
/// generic. One stock is low and one was last reported two days ago, so the demo shows both states.
/// </summary>
internal static class DemoHealth
{
    public const string HealthDirectorate = "dir-health";

    private static readonly Dictionary<string, (string Ar, string En, int Beds, int Icu)[]> Hospitals = new()
    {
        ["luxor"] = [("مجمع الأقصر الطبي", "Luxor Medical Complex", 420, 48), ("مستشفى عام (أ) - بيانات تجريبية", "General hospital A (demo)", 180, 12)],
        ["alexandria"] = [("مستشفى عام (أ) - بيانات تجريبية", "General hospital A (demo)", 350, 30), ("مستشفى عام (ب) - بيانات تجريبية", "General hospital B (demo)", 220, 16)],
    };

    public static async Task SeedAsync(PreparednessDbContext db, DemoStructure structure, DateTimeOffset now, CancellationToken ct)
    {
        // Its own generator: the tasks' one is walked in data order, and the demo's tasks must not move.
        var random = new Random(structure.Governorate.Code.Length);
        if (!structure.Organisations.TryGetValue(HealthDirectorate, out var holder) || !Hospitals.TryGetValue(structure.Governorate.Code, out var hospitals))
        {
            return;
        }

        var governorateId = structure.Governorate.Id;
        var facilities = hospitals
            .Select(h => new HealthFacility
            {
                GovernorateId = governorateId, HolderOrganisationId = holder.Id, Kind = FacilityKind.Hospital, NameAr = h.Ar, NameEn = h.En,
                Beds = h.Beds, IcuBeds = h.Icu, EmergencyOpen = true, GeneratorTested = random.Next(3) > 0, UpdatedAt = now.AddHours(-random.Next(1, 10)), UpdatedByName = "seed",
            })
            .Prepend(new HealthFacility
            {
                GovernorateId = governorateId, HolderOrganisationId = holder.Id, Kind = FacilityKind.BloodTransfusionCentre,
                NameAr = "المركز الإقليمي لخدمات نقل الدم", NameEn = "Regional Blood Transfusion Services Centre", UpdatedAt = now, UpdatedByName = "seed",
            })
            .ToList();
        db.HealthFacilities.AddRange(facilities);
        await db.SaveChangesAsync(ct);

        foreach (var facility in facilities)
        {
            var scale = facility.Kind == FacilityKind.BloodTransfusionCentre ? 4 : 1;
            db.BloodStocks.AddRange(BloodGroups.All.Select(group => Stock(facility, group, scale, now, random)));
        }

        await db.SaveChangesAsync(ct);
    }

    private static BloodStock Stock(HealthFacility facility, BloodGroup group, int scale, DateTimeOffset now, Random random)
    {
        var rare = group is BloodGroup.ANegative or BloodGroup.BNegative or BloodGroup.AbNegative or BloodGroup.AbPositive or BloodGroup.ONegative;
        var use = (rare ? random.Next(1, 3) : random.Next(4, 10)) * scale;
        var days = random.Next(5, 12);
        var first = facility.Kind == FacilityKind.Hospital && facility.NameEn.StartsWith("General hospital A", StringComparison.Ordinal);

        // General hospital A is short of O- (two days) and its AB- was last reported two days ago.
        if (first && group == BloodGroup.ONegative)
        {
            days = 2;
        }

        var stock = new BloodStock
        {
            GovernorateId = facility.GovernorateId, FacilityId = facility.Id, Group = group, UnitsOnHand = use * days, DailyUse = use,
            UpdatedAt = first && group == BloodGroup.AbNegative ? now.AddDays(-2) : now.AddHours(-random.Next(1, 8)), UpdatedByName = "seed",
        };
        stock.IsLow = BloodSupply.IsLow(stock.UnitsOnHand, stock.DailyUse, 3);
        stock.LowCrossings = stock.IsLow ? 1 : 0;
        return stock;
    }
}
