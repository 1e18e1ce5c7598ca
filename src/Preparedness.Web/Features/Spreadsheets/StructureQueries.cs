using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>
/// The structure for export: whoever may read a governorate may export its units and organisations, as
/// the units and organisations pages show them to everyone of that governorate.
/// </summary>
internal sealed class StructureQueries(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public async Task<IReadOnlyList<UnitSheetRow>> UnitsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        Ensure(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.LocalUnits.AsNoTracking()
            .Where(u => u.GovernorateId == governorateId)
            .OrderBy(u => u.ParentId ?? u.Id).ThenBy(u => u.Id)
            .Select(u => new UnitSheetRow(u.Code, u.NameAr, u.NameEn, u.Kind, u.Parent == null ? null : u.Parent.Code))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<OrganisationSheetRow>> OrganisationsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        Ensure(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.GovernorateId == governorateId)
            .OrderBy(o => o.Kind).ThenBy(o => o.Id)
            .Select(o => new OrganisationSheetRow(o.Code, o.NameAr, o.NameEn, o.Kind, o.LocalUnit == null ? null : o.LocalUnit.Code))
            .ToListAsync(ct);
    }

    private static void Ensure(Actor actor, int governorateId)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }
    }
}
