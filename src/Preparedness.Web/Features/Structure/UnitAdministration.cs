using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Governorates;
using static Preparedness.Web.Features.Structure.StructureActions;

namespace Preparedness.Web.Features.Structure;

/// <summary>A governorate's local units, managed by its secretariat. Deactivated, never deleted: tasks and history point at them.</summary>
internal sealed class UnitAdministration(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<StructureResult> CreateAsync(Actor actor, int governorateId, UnitDraft draft, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId)) return StructureResult.NotFound;
        actor.EnsureManages(governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Governorates.AnyAsync(g => g.Id == governorateId, ct)) return StructureResult.NotFound;

        var code = StructureRules.Code(draft.Code);
        var errors = StructureRules.NewCode(draft, StructureRules.CodeMax).Concat(StructureRules.Names(draft)).ToList();
        errors.AddRange(await UnitPlacement.CheckAsync(db, governorateId, null, draft, ct));
        if (errors.Count == 0 && await db.LocalUnits.AnyAsync(u => u.GovernorateId == governorateId && u.Code == code, ct)) errors.Add("Structure.CodeTaken");
        if (errors.Count > 0) return StructureResult.Invalid(errors);

        var unit = new LocalUnit
        {
            GovernorateId = governorateId, Code = code, NameAr = StructureRules.Name(draft.NameAr), NameEn = StructureRules.Name(draft.NameEn),
            Kind = draft.Kind, ParentId = draft.ParentId,
        };
        db.LocalUnits.Add(unit);
        var changes = new FieldChanges().Compare("Code", null, code).Compare("NameAr", null, unit.NameAr).Compare("NameEn", null, unit.NameEn)
            .Compare("Kind", null, unit.Kind).Compare("ParentId", null, unit.ParentId);
        return await db.InsertAuditedAsync(() => db.Record(actor, clock.GetUtcNow(), Created(UnitEntity), UnitEntity, $"{unit.Id}", governorateId, changes), ct)
            ? StructureResult.Saved(unit.Id)
            : StructureResult.Invalid(["Structure.CodeTaken"]);
    }

    /// <summary>The one place a unit's names (and its kind and parent) change.</summary>
    public async Task<StructureResult> UpdateAsync(Actor actor, int unitId, UnitDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.LocalUnits.SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !actor.CanRead(unit.GovernorateId)) return StructureResult.NotFound;
        actor.EnsureManages(unit.GovernorateId);

        var errors = StructureRules.Names(draft);
        errors.AddRange(await UnitPlacement.CheckAsync(db, unit.GovernorateId, unit, draft, ct));
        if (errors.Count > 0) return StructureResult.Invalid(errors);

        var (ar, en) = (StructureRules.Name(draft.NameAr), StructureRules.Name(draft.NameEn));
        var changes = new FieldChanges().Compare("NameAr", unit.NameAr, ar).Compare("NameEn", unit.NameEn, en)
            .Compare("Kind", unit.Kind, draft.Kind).Compare("ParentId", unit.ParentId, draft.ParentId);
        (unit.NameAr, unit.NameEn, unit.Kind, unit.ParentId) = (ar, en, draft.Kind, draft.ParentId);
        if (changes.Count > 0) db.Record(actor, clock.GetUtcNow(), Changed(UnitEntity), UnitEntity, $"{unit.Id}", unit.GovernorateId, changes);
        await db.SaveChangesAsync(ct);
        return StructureResult.Saved(unit.Id);
    }

    public async Task<StructureResult> SetActiveAsync(Actor actor, int unitId, bool active, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.LocalUnits.SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !actor.CanRead(unit.GovernorateId)) return StructureResult.NotFound;
        actor.EnsureManages(unit.GovernorateId);
        if (unit.IsActive != active)
        {
            unit.IsActive = active;
            db.Record(actor, clock.GetUtcNow(), ActiveChanged(UnitEntity, active), UnitEntity, $"{unit.Id}", unit.GovernorateId, new FieldChanges().Compare("IsActive", !active, active));
            await db.SaveChangesAsync(ct);
        }

        return StructureResult.Saved(unit.Id);
    }
}
