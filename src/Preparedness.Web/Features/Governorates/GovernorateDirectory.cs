using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Governorates;

public sealed record NamedItem(int Id, string NameAr, string NameEn);

public sealed record OrganisationItem(int Id, string NameAr, string NameEn, OrganisationKind Kind, int? LocalUnitId, bool IsActive);

public sealed record UnitItem(int Id, string NameAr, string NameEn, LocalUnitKind Kind, int? ParentId, bool IsActive);

/// <summary>
/// The names behind the pickers and filters: governorates, their units and organisations. Deactivated units and
/// organisations are listed with <c>IsActive</c> false, so filters still find their tasks while pickers for new
/// work leave them out; a deactivated governorate is offered only to its own users.
/// </summary>
internal sealed class GovernorateDirectory(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public async Task<IReadOnlyList<NamedItem>> GovernoratesAsync(Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Governorates.AsNoTracking()
            .Where(g => (actor.ReadsEveryGovernorate && g.IsActive) || g.Id == actor.GovernorateId)
            .OrderBy(g => g.Id)
            .Select(g => new NamedItem(g.Id, g.NameAr, g.NameEn))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<OrganisationItem>> OrganisationsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        Ensure(actor, governorateId);
        var own = actor.OwnOrganisationScope;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organisations.AsNoTracking()
            .Where(o => o.GovernorateId == governorateId && (own == null || o.Id == own))
            .OrderBy(o => o.Kind).ThenBy(o => o.Id)
            .Select(o => new OrganisationItem(o.Id, o.NameAr, o.NameEn, o.Kind, o.LocalUnitId, o.IsActive))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<UnitItem>> UnitsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        Ensure(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.LocalUnits.AsNoTracking()
            .Where(u => u.GovernorateId == governorateId)
            .OrderBy(u => u.ParentId ?? u.Id).ThenBy(u => u.Id)
            .Select(u => new UnitItem(u.Id, u.NameAr, u.NameEn, u.Kind, u.ParentId, u.IsActive))
            .ToListAsync(ct);
    }

    private static void Ensure(Actor actor, int governorateId)
    {
        // A partner's filters and pickers offer its own organisation only (and the unit names, which are public).
        if (!actor.CanListRecords(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }
    }
}
