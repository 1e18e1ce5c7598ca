using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.National;

/// <summary>Every governorate's standing from the kept tallies: one statement over a few rows per governorate, no scan of tasks.</summary>
internal sealed class NationalService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    IOptions<ReadinessOptions> options,
    StormCalendar storms)
{
    public async Task<NationalFigures> GetAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanReadNational)
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the national view");
        }

        var moment = ReadinessScore.Moment.At(clock, options.Value);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Database.SqlQueryRaw<StandingRow>(TallySql.Standings, TallySql.Parameters(moment)).ToListAsync(ct);
        var standings = rows
            .GroupBy(r => r.GovernorateId)
            .Select(g => Standing([.. g], moment.Today))
            .OrderBy(s => s.Overall.Score is null)
            .ThenBy(s => s.Overall.Score)
            .ThenByDescending(s => s.Overall.Overdue)
            .ThenBy(s => s.GovernorateId)
            .ToList();
        return new NationalFigures(standings, clock.GetUtcNow());
    }

    private GovernorateStanding Standing(IReadOnlyList<StandingRow> rows, DateOnly today)
    {
        var first = rows[0];
        var next = first.StartsOn is { } start ? storms.Next(first.Code, start, today) : null;
        var storm = next is null ? null : new NextStorm(
            next,
            StormDeadline.DaysLeft(next, today),
            Tally.Sum(rows.Where(r => r.StormCode == next.Storm.Code).Select(r => r.ToTally())));
        return new GovernorateStanding(first.GovernorateId, first.NameAr, first.NameEn, Tally.Sum(rows.Select(r => r.ToTally())), storm);
    }
}
