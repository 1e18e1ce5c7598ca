using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Dashboard;

internal sealed class DashboardService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    IOptions<ReadinessOptions> options,
    StormCalendar storms)
{
    /// <summary>All of a governorate's figures in one grouped query; roll-ups are sums of the groups.</summary>
    /// <param name="season">A past season of the governorate to read ("?season="); the current one when null or not its own.</param>
    /// <param name="scope">Only one local unit's or one organisation's tasks (the report of a unit or an organisation); the whole governorate when null.</param>
    public async Task<DashboardFigures> GetAsync(Actor actor, int governorateId, CancellationToken ct = default, int? season = null, FigureScope? scope = null)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        // Three round trips (README, "Query plans"): the governorate, its season and open concerns in one row; the grouped
        // figures (an index-only scan); the names of its units and organisations in one list.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var moment = ReadinessScore.Moment.At(clock, options.Value);
        var header = await DashboardHeader.ReadAsync(db, governorateId, season, moment.Today, ct);
        var plan = header.Plan;
        var planId = plan?.Id;

        var groups = await db.Tasks
            .Where(t => t.GovernorateId == governorateId && t.PlanId == planId)
            .Within(scope)
            .Figures(moment)
            .GroupBy(f => new { f.OrganisationId, f.LocalUnitId, f.Category, f.StormCode })
            .Select(g => new
            {
                g.Key.OrganisationId,
                g.Key.LocalUnitId,
                g.Key.Category,
                g.Key.StormCode,
                Tally = new Tally(
                    g.Count(),
                    g.Sum(f => f.Weight),
                    g.Sum(f => f.Weight * f.Credit),
                    g.Sum(f => f.Verified ? f.Weight : 0),
                    g.Sum(f => f.ReportedDone ? f.Weight : 0),
                    g.Count(f => f.Overdue),
                    g.Count(f => f.AtRisk),
                    g.Count(f => f.Stale),
                    g.Count(f => f.ReportedDone),
                    g.Max(f => (DateTimeOffset?)f.LastUpdatedAt)),
            })
            .ToListAsync(ct);

        var names = await DashboardHeader.NamesAsync(db, governorateId, ct);
        var units = names.Where(n => n.IsUnit).OrderBy(u => u.ParentId ?? u.Id).ThenBy(u => u.Id).ToList();
        var organisations = names.Where(n => !n.IsUnit).ToList();

        var unitTallies = units
            .Select(u => new NamedTally(u.Id, u.NameAr, u.NameEn, Tally.Sum(groups.Where(g => g.LocalUnitId == u.Id).Select(g => g.Tally))))
            .ToList();
        var organisationTallies = organisations
            .Select(o => new NamedTally(o.Id, o.NameAr, o.NameEn, Tally.Sum(groups.Where(g => g.OrganisationId == o.Id).Select(g => g.Tally))))
            .Where(o => o.Tally.Tasks > 0)
            .OrderBy(o => o.Tally.Score)
            .ToList();
        var categoryTallies = groups
            .GroupBy(g => g.Category)
            .Select(c => new CategoryTally(c.Key, Tally.Sum(c.Select(g => g.Tally))))
            .OrderBy(c => c.Category)
            .ToList();
        var nextStorm = plan is null ? null : storms.Next(header.Code, plan.StartsOn, moment.Today) is { } window
            ? new NextStorm(window, StormDeadline.DaysLeft(window, moment.Today), Tally.Sum(groups.Where(g => g.StormCode == window.Storm.Code).Select(g => g.Tally)))
            : null;

        return new DashboardFigures(
            governorateId,
            header.NameAr,
            header.NameEn,
            plan?.NameAr,
            plan?.NameEn,
            planId,
            plan?.IsClosed ?? false,
            Tally.Sum(groups.Select(g => g.Tally)),
            unitTallies,
            organisationTallies,
            categoryTallies,
            nextStorm,
            header.OpenConcerns,
            clock.GetUtcNow());
    }
}
