using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Governorates;
using static Preparedness.Web.Features.Structure.StructureActions;

namespace Preparedness.Web.Features.Structure;

/// <summary>The installation's governorates: administrators create, rename, deactivate and reactivate them.</summary>
internal sealed class GovernorateAdministration(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<StructureResult> CreateAsync(Actor actor, GovernorateDraft draft, CancellationToken ct = default)
    {
        Ensure(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = StructureRules.Code(draft.Code);
        var errors = StructureRules.NewCode(draft, StructureRules.GovernorateCodeMax).Concat(StructureRules.Names(draft)).ToList();
        if (errors.Count == 0 && await db.Governorates.AnyAsync(g => g.Code == code, ct)) errors.Add("Structure.CodeTaken");
        if (errors.Count > 0) return StructureResult.Invalid(errors);

        var governorate = new Governorate { Code = code, NameAr = StructureRules.Name(draft.NameAr), NameEn = StructureRules.Name(draft.NameEn) };
        db.Governorates.Add(governorate);
        var changes = new FieldChanges().Compare("Code", null, code).Compare("NameAr", null, governorate.NameAr).Compare("NameEn", null, governorate.NameEn);
        return await db.InsertAuditedAsync(() => db.Record(actor, clock.GetUtcNow(), Created(GovernorateEntity), GovernorateEntity, $"{governorate.Id}", governorate.Id, changes), ct)
            ? StructureResult.Saved(governorate.Id)
            : StructureResult.Invalid(["Structure.CodeTaken"]);
    }

    /// <summary>The one place a governorate's names change.</summary>
    public async Task<StructureResult> RenameAsync(Actor actor, int governorateId, GovernorateDraft draft, CancellationToken ct = default)
    {
        Ensure(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Governorates.SingleOrDefaultAsync(g => g.Id == governorateId, ct) is not { } governorate) return StructureResult.NotFound;
        if (StructureRules.Names(draft) is { Count: > 0 } errors) return StructureResult.Invalid(errors);

        var (ar, en) = (StructureRules.Name(draft.NameAr), StructureRules.Name(draft.NameEn));
        var changes = new FieldChanges().Compare("NameAr", governorate.NameAr, ar).Compare("NameEn", governorate.NameEn, en);
        (governorate.NameAr, governorate.NameEn) = (ar, en);
        if (changes.Count > 0) db.Record(actor, clock.GetUtcNow(), Changed(GovernorateEntity), GovernorateEntity, $"{governorate.Id}", governorate.Id, changes);
        await db.SaveChangesAsync(ct);
        return StructureResult.Saved(governorate.Id);
    }

    public async Task<StructureResult> SetActiveAsync(Actor actor, int governorateId, bool active, CancellationToken ct = default)
    {
        Ensure(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Governorates.SingleOrDefaultAsync(g => g.Id == governorateId, ct) is not { } governorate) return StructureResult.NotFound;
        if (governorate.IsActive != active)
        {
            governorate.IsActive = active;
            db.Record(actor, clock.GetUtcNow(), ActiveChanged(GovernorateEntity, active), GovernorateEntity, $"{governorate.Id}", governorate.Id,
                new FieldChanges().Compare("IsActive", !active, active));
            await db.SaveChangesAsync(ct);
        }

        return StructureResult.Saved(governorate.Id);
    }

    private static void Ensure(Actor actor)
    {
        if (!actor.CanManageGovernorates)
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage governorates");
        }
    }
}
