using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Health;

public sealed record ReadinessUpdate(int Beds, int IcuBeds, bool EmergencyOpen, bool GeneratorTested, uint Version);

/// <summary>The health directorate reports a hospital's emergency readiness.</summary>
internal sealed class FacilityService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxBeds = 10_000;

    public async Task<HealthResult> UpdateAsync(Actor actor, int facilityId, ReadinessUpdate update, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var facility = await db.HealthFacilities.SingleOrDefaultAsync(f => f.Id == facilityId && f.Kind == FacilityKind.Hospital && f.IsActive, ct);
        if (facility is null || !actor.CanReadFacility(facility.GovernorateId, facility.HolderOrganisationId))
        {
            return HealthResult.NotFound;
        }

        if (!actor.CanUpdateHealth(facility.GovernorateId, facility.HolderOrganisationId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not report the readiness of facility {facilityId}");
        }

        var errors = new List<string>();
        if (update.Beds is < 0 or > MaxBeds) errors.Add("Health.BedsRange");
        if (update.IcuBeds < 0 || update.IcuBeds > update.Beds) errors.Add("Health.IcuBedsRange");
        if (errors.Count > 0)
        {
            return HealthResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        List<FieldChange> changes =
        [
            new() { Field = "Beds", From = $"{facility.Beds}", To = $"{update.Beds}" },
            new() { Field = "IcuBeds", From = $"{facility.IcuBeds}", To = $"{update.IcuBeds}" },
            new() { Field = "EmergencyOpen", From = $"{facility.EmergencyOpen}", To = $"{update.EmergencyOpen}" },
            new() { Field = "GeneratorTested", From = $"{facility.GeneratorTested}", To = $"{update.GeneratorTested}" },
        ];
        db.Entry(facility).Property(f => f.Version).OriginalValue = update.Version;
        (facility.Beds, facility.IcuBeds, facility.EmergencyOpen, facility.GeneratorTested) = (update.Beds, update.IcuBeds, update.EmergencyOpen, update.GeneratorTested);
        facility.UpdatedAt = now;
        facility.UpdatedByName = actor.Name;
        db.Record(actor, now, "hospital.readiness", "health-facility", $"{facility.Id}", facility.GovernorateId, changes, note: facility.NameEn);
        try
        {
            await db.SaveAndAnnounceAsync(() => new HealthChange(facility.GovernorateId, HealthQueries.Facility(facility), null, actor.Name, now), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return HealthResult.Conflict;
        }

        return HealthResult.Saved;
    }
}
