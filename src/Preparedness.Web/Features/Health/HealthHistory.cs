using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Health;

public sealed record HealthHistoryEntry(DateTimeOffset At, string By, string Action, IReadOnlyList<(string Field, string? From, string? To)> Changes);

/// <summary>
/// A stock's or a hospital's past reports: the audit rows its changes wrote in their own transactions,
/// read by whoever reads the health pack (not only by those who read the whole audit trail).
/// </summary>
internal sealed class HealthHistory(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public const int Count = 10;

    public async Task<IReadOnlyList<HealthHistoryEntry>> RecentAsync(Actor actor, int governorateId, string entityType, int id, CancellationToken ct = default)
    {
        if (!actor.CanListHealth(governorateId) || entityType is not ("blood-stock" or "health-facility"))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the health history of governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (actor.OwnOrganisationScope is { } own && !await HeldByAsync(db, entityType, id, own, ct))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the history of {entityType} {id}, not held by organisation {own}");
        }

        var rows = await db.AuditEvents.AsNoTracking()
            .Where(a => a.GovernorateId == governorateId && a.EntityType == entityType && a.EntityId == $"{id}")
            .OrderByDescending(a => a.Id)
            .Take(Count)
            .ToListAsync(ct);
        return [.. rows.Select(a => new HealthHistoryEntry(a.At, a.UserName, a.Action, [.. a.Changes.Select(c => (c.Field, c.From, c.To))]))];
    }

    private static Task<bool> HeldByAsync(PreparednessDbContext db, string entityType, int id, int organisationId, CancellationToken ct) =>
        entityType == "health-facility"
            ? db.HealthFacilities.AnyAsync(f => f.Id == id && f.HolderOrganisationId == organisationId, ct)
            : db.BloodStocks.AnyAsync(s => s.Id == id && db.HealthFacilities.Any(f => f.Id == s.FacilityId && f.HolderOrganisationId == organisationId), ct);
}
