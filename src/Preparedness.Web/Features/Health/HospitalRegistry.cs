using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Health;

public sealed record HolderOption(int Id, string NameAr, string NameEn);

/// <summary>
/// The health directorate and the secretariat add hospitals and retire them. A retired hospital is never deleted:
/// its stocks, history and audit stay, and it leaves the screens, the figures and the reminders.
/// </summary>
internal sealed class HospitalRegistry(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Who may hold a new hospital, for this actor: the organisations that already hold facilities (else the directorates).</summary>
    public async Task<IReadOnlyList<HolderOption>> HoldersAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var holders = await Holders(db, governorateId).OrderBy(o => o.NameAr).Select(o => new HolderOption(o.Id, o.NameAr, o.NameEn)).ToListAsync(ct);
        return [.. holders.Where(h => actor.CanManageHospitals(governorateId, h.Id))];
    }

    public async Task<HealthResult> AddAsync(Actor actor, int governorateId, HospitalDraft draft, CancellationToken ct = default)
    {
        if (!actor.CanReadHealth(governorateId))
        {
            return HealthResult.NotFound;
        }

        if (draft.HolderOrganisationId is not { } holder || !actor.CanManageHospitals(governorateId, holder))
        {
            throw new AccessDeniedException($"{actor.UserId} may not add a hospital held by {draft.HolderOrganisationId} in {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = draft.Validate();
        if (!await Holders(db, governorateId).AnyAsync(o => o.Id == holder, ct)) errors.Add("Health.HolderInvalid");
        var (nameAr, nameEn) = (draft.NameAr.Trim(), draft.NameEn.Trim());
        if (errors.Count == 0 && await db.HealthFacilities.AnyAsync(f => f.GovernorateId == governorateId && f.IsActive && (f.NameAr == nameAr || f.NameEn == nameEn), ct))
        {
            errors.Add("Health.NameTaken");
        }

        if (errors.Count > 0)
        {
            return HealthResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var hospital = new HealthFacility
        {
            GovernorateId = governorateId, HolderOrganisationId = holder, Kind = FacilityKind.Hospital, NameAr = nameAr, NameEn = nameEn,
            Beds = draft.Beds, IcuBeds = draft.IcuBeds, EmergencyOpen = draft.EmergencyOpen, GeneratorTested = draft.GeneratorTested,
            UpdatedAt = now, UpdatedByName = actor.Name,
        };
        db.HealthFacilities.Add(hospital);
        var stocks = new List<BloodStock>();
        await db.SaveAndAnnounceAsync(
            () => new HealthChange(governorateId, HealthQueries.Facility(hospital), null, actor.Name, now) { NewStocks = [.. stocks.Select(HealthQueries.Stock)] },
            ct,
            afterInsert: () =>
            {
                stocks.AddRange(draft.HasBloodBank ? BloodGroups.All.Select(g => new BloodStock { GovernorateId = governorateId, FacilityId = hospital.Id, Group = g }) : []);
                db.BloodStocks.AddRange(stocks);
                db.Record(actor, now, "hospital.added", "health-facility", $"{hospital.Id}", governorateId, Added(hospital, stocks.Count > 0), note: nameEn);
            });
        return HealthResult.Saved;
    }

    public async Task<HealthResult> RetireAsync(Actor actor, int facilityId, uint version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hospital = await db.HealthFacilities.SingleOrDefaultAsync(f => f.Id == facilityId && f.Kind == FacilityKind.Hospital && f.IsActive, ct);
        if (hospital is null || !actor.CanReadHealth(hospital.GovernorateId))
        {
            return HealthResult.NotFound;
        }

        if (!actor.CanManageHospitals(hospital.GovernorateId, hospital.HolderOrganisationId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not retire facility {facilityId}");
        }

        var now = clock.GetUtcNow();
        db.Entry(hospital).Property(f => f.Version).OriginalValue = version;
        hospital.IsActive = false;
        db.Record(actor, now, "hospital.retired", "health-facility", $"{hospital.Id}", hospital.GovernorateId,
            [new FieldChange { Field = "IsActive", From = "True", To = "False" }], note: hospital.NameEn);
        try
        {
            await db.SaveAndAnnounceAsync(() => new HealthChange(hospital.GovernorateId, HealthQueries.Facility(hospital), null, actor.Name, now) { Retired = true }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return HealthResult.Conflict;
        }

        return HealthResult.Saved;
    }

    private static IQueryable<Organisation> Holders(PreparednessDbContext db, int governorateId)
    {
        var holding = db.HealthFacilities.Where(f => f.GovernorateId == governorateId && f.IsActive).Select(f => f.HolderOrganisationId);
        var any = db.HealthFacilities.Any(f => f.GovernorateId == governorateId && f.IsActive);
        return db.Organisations.Where(o => o.GovernorateId == governorateId && o.IsActive
            && (holding.Contains(o.Id) || (!any && o.Kind == OrganisationKind.Directorate)));
    }

    private static List<FieldChange> Added(HealthFacility h, bool bloodBank) =>
    [
        new() { Field = "NameAr", To = h.NameAr },
        new() { Field = "NameEn", To = h.NameEn },
        new() { Field = "Beds", To = $"{h.Beds}" },
        new() { Field = "IcuBeds", To = $"{h.IcuBeds}" },
        new() { Field = "EmergencyOpen", To = $"{h.EmergencyOpen}" },
        new() { Field = "GeneratorTested", To = $"{h.GeneratorTested}" },
        new() { Field = "BloodBank", To = $"{bloodBank}" },
    ];
}
