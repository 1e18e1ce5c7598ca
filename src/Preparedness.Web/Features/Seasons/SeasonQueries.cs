using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Seasons;

/// <summary>The closed seasons' summaries, for whoever reads the governorate.</summary>
internal sealed class SeasonQueries(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public async Task<IReadOnlyDictionary<int, SeasonSummaryData>> SummariesAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SeasonSummary>().AsNoTracking()
            .Where(s => db.Plans.Any(p => p.Id == s.PlanId && p.GovernorateId == governorateId))
            .ToDictionaryAsync(s => s.PlanId, s => s.Data, ct);
    }
}
