using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Plans;

internal static class PlanScope
{
    /// <summary>The governorate's current season plan: the latest one to have started, else the first to come.</summary>
    public static Task<int?> CurrentPlanIdAsync(this PreparednessDbContext db, int governorateId, DateOnly today, CancellationToken ct) =>
        db.Plans
            .Where(p => p.GovernorateId == governorateId)
            .OrderBy(p => p.StartsOn > today)
            .ThenByDescending(p => p.StartsOn)
            .Select(p => (int?)p.Id)
            .FirstOrDefaultAsync(ct);
}
