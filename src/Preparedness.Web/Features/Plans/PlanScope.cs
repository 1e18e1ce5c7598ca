using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Plans;

internal static class PlanScope
{
    /// <summary>
    /// The governorate's current season plan: the latest one to have started (a plan starting today
    /// has started), else the first to come; the newest plan breaks a tie. The sweeps and the digest
    /// pick every governorate's at once with <see cref="Tasks.ReadinessSql.CurrentPlanIds"/>.
    /// </summary>
    public static Task<int?> CurrentPlanIdAsync(this PreparednessDbContext db, int governorateId, DateOnly today, CancellationToken ct) =>
        db.PlanInScope(governorateId, null, today).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The season a page reads: the one asked for ("?season=") when it is the governorate's own,
    /// otherwise the current one. A forged id of another governorate's season is simply ignored.
    /// </summary>
    public static async Task<int?> PlanInScopeAsync(this PreparednessDbContext db, int governorateId, int? requested, DateOnly today, CancellationToken ct) =>
        requested is { } id && await db.Plans.AnyAsync(p => p.Id == id && p.GovernorateId == governorateId, ct)
            ? id
            : await db.CurrentPlanIdAsync(governorateId, today, ct);

    /// <summary>
    /// <see cref="PlanInScopeAsync"/> as a query of at most one plan, for a page to read its rows in the same statement
    /// (no round trip of its own): the requested plan when it is the governorate's own, else the current one.
    /// </summary>
    public static IQueryable<SeasonPlan> PlanInScope(this PreparednessDbContext db, int governorateId, int? requested, DateOnly today) =>
        db.Plans
            .Where(p => p.GovernorateId == governorateId)
            .OrderBy(p => requested != null && p.Id == requested ? 0 : 1)
            .ThenBy(p => p.StartsOn > today)
            .ThenByDescending(p => p.StartsOn <= today ? p.StartsOn : DateOnly.MinValue)
            .ThenBy(p => p.StartsOn)
            .ThenByDescending(p => p.Id)
            .Take(1);

    /// <summary>
    /// The season before <paramref name="plan"/>: the one it was opened from, else the latest to start
    /// before it.
    /// </summary>
    public static Task<SeasonPlan?> PreviousPlanAsync(this PreparednessDbContext db, SeasonPlan plan, CancellationToken ct) =>
        db.Plans.AsNoTracking()
            .Where(p => p.GovernorateId == plan.GovernorateId && p.Id != plan.Id
                && (plan.PreviousPlanId == null ? p.StartsOn < plan.StartsOn : p.Id == plan.PreviousPlanId))
            .OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync(ct);
}
