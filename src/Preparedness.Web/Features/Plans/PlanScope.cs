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
        db.Plans
            .Where(p => p.GovernorateId == governorateId)
            .OrderBy(p => p.StartsOn > today)
            .ThenByDescending(p => p.StartsOn <= today ? p.StartsOn : DateOnly.MinValue)
            .ThenBy(p => p.StartsOn)
            .ThenByDescending(p => p.Id)
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(ct);
}
