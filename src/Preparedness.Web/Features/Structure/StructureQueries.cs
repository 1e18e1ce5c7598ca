using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Structure;

public sealed record GovernorateRow(int Id, string Code, string NameAr, string NameEn, bool IsActive);

public sealed record UnitRow(int Id, string Code, string NameAr, string NameEn, LocalUnitKind Kind, int? ParentId, string? ParentNameAr, string? ParentNameEn, bool IsActive);

public sealed record OrganisationRow(int Id, string Code, string NameAr, string NameEn, OrganisationKind Kind, int? LocalUnitId, string? UnitNameAr, string? UnitNameEn, bool IsActive);

/// <summary>The administration pages' lists: every record, the deactivated ones included, with its code.</summary>
internal sealed class StructureQueries(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public async Task<IReadOnlyList<GovernorateRow>> GovernoratesAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanManageGovernorates) throw new AccessDeniedException($"{actor.UserId} may not manage governorates");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Governorates.AsNoTracking().OrderBy(g => g.Id)
            .Select(g => new GovernorateRow(g.Id, g.Code, g.NameAr, g.NameEn, g.IsActive)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<UnitRow>> UnitsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        actor.EnsureManages(governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.LocalUnits.AsNoTracking().Where(u => u.GovernorateId == governorateId)
            .OrderBy(u => u.ParentId ?? u.Id).ThenBy(u => u.Id)
            .Select(u => new UnitRow(u.Id, u.Code, u.NameAr, u.NameEn, u.Kind, u.ParentId, u.Parent!.NameAr, u.Parent.NameEn, u.IsActive))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<OrganisationRow>> OrganisationsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        actor.EnsureManages(governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking().Where(o => o.GovernorateId == governorateId)
            .OrderBy(o => o.Kind).ThenBy(o => o.Id)
            .Select(o => new OrganisationRow(o.Id, o.Code, o.NameAr, o.NameEn, o.Kind, o.LocalUnitId, o.LocalUnit!.NameAr, o.LocalUnit.NameEn, o.IsActive))
            .ToListAsync(ct);
    }
}
