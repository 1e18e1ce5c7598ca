using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>Last season's readiness on the same day of its season (days since its start) as today is of this one.</summary>
public sealed record SeasonComparison(string NameAr, string NameEn, int DayOfSeason, DateOnly On, decimal? Score, int Tasks);

/// <summary>
/// Reads last season's readiness back from its tasks' history: each task as it stood at the end of that
/// Cairo day (status, achieved and target from the changes recorded up to then), judged by the same in-memory
/// rule as the task page (<see cref="ReadinessScore.Credit"/>) and weighted by priority like every group score.
/// A closed season no longer changes, so its answer for a day is kept.
/// </summary>
internal sealed class LastSeasonReadiness(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, IOptions<ReadinessOptions> options)
{
    private readonly ConcurrentDictionary<(int PlanId, DateOnly On), SeasonComparison> closedSeasons = new();

    public async Task<SeasonComparison?> CompareAsync(Actor actor, int governorateId, int? planId, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.GovernorateId == governorateId, ct);
        if (plan is null || await db.PreviousPlanAsync(plan, ct) is not { } previous)
        {
            return null;
        }

        var today = CairoTime.Today(clock);
        var day = Math.Max(0, today.DayNumber - plan.StartsOn.DayNumber);
        var on = previous.StartsOn.AddDays(day);
        if (closedSeasons.TryGetValue((previous.Id, on), out var kept))
        {
            return kept;
        }

        var (score, tasks) = await TaskStates.ScoreAtAsync(db, previous.Id, EndOfCairoDay(on), options.Value.StaleAfterDays, ct);
        var comparison = new SeasonComparison(previous.NameAr, previous.NameEn, day, on, score, tasks);
        if (previous.IsClosed)
        {
            closedSeasons[(previous.Id, on)] = comparison;
        }

        return comparison;
    }

    private static DateTimeOffset EndOfCairoDay(DateOnly day)
    {
        var midnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, CairoTime.Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
