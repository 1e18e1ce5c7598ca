using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Dashboard;

internal sealed record PlanHeader(int Id, string NameAr, string NameEn, DateOnly StartsOn, DateTimeOffset? ClosedAt)
{
    public bool IsClosed => ClosedAt is not null;
}

internal sealed record DashboardHeader(string NameAr, string NameEn, string Code, PlanHeader? Plan, int OpenConcerns)
{
    /// <summary>
    /// The governorate, the season a page reads (as <see cref="Plans.PlanScope.PlanInScopeAsync"/>: the requested one
    /// when it is the governorate's own, else the current one) and its open concerns, in one statement.
    /// </summary>
    public static Task<DashboardHeader> ReadAsync(PreparednessDbContext db, int governorateId, int? season, DateOnly today, CancellationToken ct) =>
        db.Governorates.AsNoTracking()
            .Where(g => g.Id == governorateId)
            .Select(g => new DashboardHeader(
                g.NameAr,
                g.NameEn,
                g.Code,
                db.Plans
                    .Where(p => p.GovernorateId == governorateId)
                    .OrderByDescending(p => p.Id == season)
                    .ThenBy(p => p.StartsOn > today)
                    .ThenByDescending(p => p.StartsOn <= today ? p.StartsOn : DateOnly.MinValue)
                    .ThenBy(p => p.StartsOn)
                    .ThenByDescending(p => p.Id)
                    .Select(p => new PlanHeader(p.Id, p.NameAr, p.NameEn, p.StartsOn, p.ClosedAt))
                    .FirstOrDefault(),
                db.Concerns.Count(c => c.GovernorateId == governorateId && c.ResolvedAt == null)))
            .SingleAsync(ct);

    /// <summary>The governorate's units and organisations in one statement.</summary>
    public static async Task<List<DashboardName>> NamesAsync(PreparednessDbContext db, int governorateId, CancellationToken ct)
    {
        var rows = await db.LocalUnits.AsNoTracking()
            .Where(u => u.GovernorateId == governorateId)
            .Select(u => new { Unit = true, u.Id, u.ParentId, u.NameAr, u.NameEn })
            .Concat(db.Organisations.AsNoTracking()
                .Where(o => o.GovernorateId == governorateId)
                .Select(o => new { Unit = false, o.Id, ParentId = (int?)null, o.NameAr, o.NameEn }))
            .ToListAsync(ct);
        return [.. rows.Select(r => new DashboardName(r.Unit, r.Id, r.ParentId, r.NameAr, r.NameEn))];
    }
}

internal sealed record DashboardName(bool IsUnit, int Id, int? ParentId, string NameAr, string NameEn);
