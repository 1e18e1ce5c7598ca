using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Organisations;
using static Preparedness.Web.Features.Structure.StructureActions;

namespace Preparedness.Web.Features.Structure;

/// <summary>A governorate's organisations, managed by its secretariat. Deactivated, never deleted: tasks, accounts and history point at them.</summary>
internal sealed class OrganisationAdministration(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<StructureResult> CreateAsync(Actor actor, int governorateId, OrganisationDraft draft, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId)) return StructureResult.NotFound;
        actor.EnsureManages(governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Governorates.AnyAsync(g => g.Id == governorateId, ct)) return StructureResult.NotFound;

        var code = StructureRules.Code(draft.Code);
        var errors = StructureRules.NewCode(draft, StructureRules.CodeMax).Concat(StructureRules.Names(draft)).ToList();
        errors.AddRange(await CheckKindAsync(db, governorateId, null, draft, ct));
        if (errors.Count == 0 && await db.Organisations.AnyAsync(o => o.GovernorateId == governorateId && o.Code == code, ct)) errors.Add("Structure.CodeTaken");
        if (errors.Count > 0) return StructureResult.Invalid(errors);

        var organisation = new Organisation
        {
            GovernorateId = governorateId, Code = code, NameAr = StructureRules.Name(draft.NameAr), NameEn = StructureRules.Name(draft.NameEn),
            Kind = draft.Kind, LocalUnitId = draft.LocalUnitId,
        };
        db.Organisations.Add(organisation);
        var changes = new FieldChanges().Compare("Code", null, code).Compare("NameAr", null, organisation.NameAr).Compare("NameEn", null, organisation.NameEn)
            .Compare("Kind", null, organisation.Kind).Compare("LocalUnitId", null, organisation.LocalUnitId);
        return await db.InsertAuditedAsync(() => db.Record(actor, clock.GetUtcNow(), Created(OrganisationEntity), OrganisationEntity, $"{organisation.Id}", governorateId, changes), ct)
            ? StructureResult.Saved(organisation.Id)
            : StructureResult.Invalid(["Structure.CodeTaken"]);
    }

    /// <summary>The one place an organisation's names (and its kind and council unit) change.</summary>
    public async Task<StructureResult> UpdateAsync(Actor actor, int organisationId, OrganisationDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null || !actor.CanRead(organisation.GovernorateId)) return StructureResult.NotFound;
        actor.EnsureManages(organisation.GovernorateId);

        var errors = StructureRules.Names(draft);
        errors.AddRange(await CheckKindAsync(db, organisation.GovernorateId, organisation, draft, ct));
        if (errors.Count > 0) return StructureResult.Invalid(errors);

        var (ar, en) = (StructureRules.Name(draft.NameAr), StructureRules.Name(draft.NameEn));
        var changes = new FieldChanges().Compare("NameAr", organisation.NameAr, ar).Compare("NameEn", organisation.NameEn, en)
            .Compare("Kind", organisation.Kind, draft.Kind).Compare("LocalUnitId", organisation.LocalUnitId, draft.LocalUnitId);
        (organisation.NameAr, organisation.NameEn, organisation.Kind, organisation.LocalUnitId) = (ar, en, draft.Kind, draft.LocalUnitId);
        if (changes.Count > 0) db.Record(actor, clock.GetUtcNow(), Changed(OrganisationEntity), OrganisationEntity, $"{organisation.Id}", organisation.GovernorateId, changes);
        await db.SaveChangesAsync(ct);
        return StructureResult.Saved(organisation.Id);
    }

    public async Task<StructureResult> SetActiveAsync(Actor actor, int organisationId, bool active, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null || !actor.CanRead(organisation.GovernorateId)) return StructureResult.NotFound;
        actor.EnsureManages(organisation.GovernorateId);
        if (organisation.IsActive != active)
        {
            organisation.IsActive = active;
            db.Record(actor, clock.GetUtcNow(), ActiveChanged(OrganisationEntity, active), OrganisationEntity, $"{organisation.Id}", organisation.GovernorateId,
                new FieldChanges().Compare("IsActive", !active, active));
            await db.SaveChangesAsync(ct);
        }

        return StructureResult.Saved(organisation.Id);
    }

    private static async Task<List<string>> CheckKindAsync(PreparednessDbContext db, int governorateId, Organisation? current, OrganisationDraft draft, CancellationToken ct)
    {
        var kept = current?.LocalUnitId;
        var unitValid = draft.LocalUnitId is { } unitId
            && await db.LocalUnits.AnyAsync(u => u.Id == unitId && u.GovernorateId == governorateId && (u.IsActive || u.Id == kept), ct);
        return OrganisationRules.Kind(draft.Kind, draft.LocalUnitId is not null, unitValid);
    }
}
