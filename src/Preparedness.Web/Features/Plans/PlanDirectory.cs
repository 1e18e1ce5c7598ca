using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Plans;

public sealed record SeasonItem(int Id, string NameAr, string NameEn, DateOnly StartsOn, DateOnly? EndsOn, DateTimeOffset? ClosedAt, string? ClosedByName, bool IsCurrent = false)
{
    public bool IsClosed => ClosedAt is not null;
}

/// <summary>A governorate's seasons for the pickers and the seasons page, newest first.</summary>
internal sealed class PlanDirectory(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxSeasons = 100;

    public async Task<IReadOnlyList<SeasonItem>> SeasonsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        // A season's name and dates, for the pickers: a partner's scoped lists have them too.
        if (!actor.CanListRecords(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.CurrentPlanIdAsync(governorateId, Localization.CairoTime.Today(clock), ct);
        var seasons = await db.Plans.AsNoTracking()
            .Where(p => p.GovernorateId == governorateId)
            .OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id)
            .Take(MaxSeasons)
            .Select(p => new SeasonItem(p.Id, p.NameAr, p.NameEn, p.StartsOn, p.EndsOn, p.ClosedAt, p.ClosedByName))
            .ToListAsync(ct);
        return [.. seasons.Select(s => s with { IsCurrent = s.Id == current })];
    }
}
