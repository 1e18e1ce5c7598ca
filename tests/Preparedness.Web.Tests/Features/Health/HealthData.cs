using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>A Luxor hospital held by the test world's health directorate, with a stock of every group reported now (20 units, 2 a day: 10 days).</summary>
internal static class HealthData
{
    public static async Task<(HealthFacility Hospital, List<BloodStock> Stocks)> AddHospitalAsync(PreparednessDbContext db, TestWorld world, DateTimeOffset now)
    {
        var hospital = new HealthFacility
        {
            GovernorateId = world.Luxor.Id, HolderOrganisationId = world.LuxorHealth.Id, Kind = FacilityKind.Hospital,
            NameAr = "مستشفى تجريبي", NameEn = "Test hospital", Beds = 100, IcuBeds = 10, EmergencyOpen = true, UpdatedAt = now, UpdatedByName = "seed",
        };
        db.HealthFacilities.Add(hospital);
        await db.SaveChangesAsync();
        var stocks = BloodGroups.All
            .Select(g => new BloodStock { GovernorateId = world.Luxor.Id, FacilityId = hospital.Id, Group = g, UnitsOnHand = 20, DailyUse = 2, UpdatedAt = now, UpdatedByName = "seed" })
            .ToList();
        db.BloodStocks.AddRange(stocks);
        await db.SaveChangesAsync();
        return (hospital, stocks);
    }

    public static async Task<BloodStock> StockAsync(PreparednessDbContext db, int id) => await db.BloodStocks.AsNoTracking().SingleAsync(s => s.Id == id);
}
