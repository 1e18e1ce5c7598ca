using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Health;

/// <summary>Reads a governorate's facilities and blood stock for its health page, dashboard panel and report.</summary>
internal sealed class HealthQueries(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    /// <summary>The governorate's facilities and stock; a partner's are those its own organisation holds.</summary>
    public async Task<HealthSummary> GetAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        var own = actor.OwnOrganisationScope;
        if (!actor.CanListHealth(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the health pack of governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var facilities = await db.HealthFacilities.AsNoTracking()
            .Where(f => f.GovernorateId == governorateId && f.IsActive && (own == null || f.HolderOrganisationId == own))
            .OrderBy(f => f.Kind).ThenBy(f => f.NameAr)
            .Select(f => new FacilityView(f.Id, f.Kind, f.NameAr, f.NameEn, f.HolderOrganisationId, f.Beds, f.IcuBeds,
                f.EmergencyOpen, f.GeneratorTested, f.UpdatedAt, f.UpdatedByName, f.Version))
            .ToListAsync(ct);
        var stocks = await db.BloodStocks.AsNoTracking()
            .Where(s => s.GovernorateId == governorateId)
            .OrderBy(s => s.FacilityId).ThenBy(s => s.Group)
            .Select(s => Stock(s))
            .ToListAsync(ct);
        var active = facilities.Select(f => f.Id).ToHashSet();
        return new HealthSummary(governorateId, facilities, [.. stocks.Where(s => active.Contains(s.FacilityId))]);
    }

    internal static StockView Stock(BloodStock s) =>
        new(s.Id, s.FacilityId, s.Group, s.UnitsOnHand, s.DailyUse, s.UpdatedAt, s.UpdatedByName, s.Version);

    internal static FacilityView Facility(HealthFacility f) =>
        new(f.Id, f.Kind, f.NameAr, f.NameEn, f.HolderOrganisationId, f.Beds, f.IcuBeds, f.EmergencyOpen, f.GeneratorTested, f.UpdatedAt, f.UpdatedByName, f.Version);
}
