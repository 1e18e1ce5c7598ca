using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Dashboard;

namespace Preparedness.Web.Features.Seasons;

/// <summary>Builds a closing summary from the dashboard's figures (the same rule, not a new one) and the history.</summary>
internal static class SeasonSummaries
{
    public const int MaxLateListed = 200;

    public static async Task<SeasonSummaryData> BuildAsync(PreparednessDbContext db, int planId, DashboardFigures f, CancellationToken ct)
    {
        var firstDone = await LastSeasonLessons.FirstDoneAsync(db, planId, ct);
        var done = await db.Tasks.AsNoTracking()
            .Where(t => t.PlanId == planId && firstDone.Keys.Contains(t.Id))
            .Select(t => new { t.Id, t.TitleAr, t.TitleEn, OrgAr = t.Organisation!.NameAr, OrgEn = t.Organisation.NameEn, t.DueOn })
            .ToListAsync(ct);
        var late = done
            .Select(t => new LateWork(t.Id, t.TitleAr, t.TitleEn, t.OrgAr, t.OrgEn, t.DueOn, LastSeasonLessons.DaysLate(t.DueOn, firstDone[t.Id])))
            .Where(l => l.DaysLate > 0)
            .OrderByDescending(l => l.DaysLate).ThenBy(l => l.TaskId)
            .ToList();
        return new SeasonSummaryData(
            f.Overall.Score,
            f.Overall.Tasks,
            f.Overall.Tasks == 0 ? 0 : await db.Tasks.CountAsync(t => t.PlanId == planId && (t.Status == Tasks.TaskStatus.ReportedDone || t.Status == Tasks.TaskStatus.Verified), ct),
            [.. f.Units.Where(u => u.Tally.Tasks > 0).Select(Line)],
            [.. f.Organisations.Select(Line)],
            [.. f.Categories.Select(c => new SummaryLine($"{c.Category}", $"{c.Category}", c.Tally.Score, c.Tally.Tasks))],
            [.. late.Take(MaxLateListed)],
            late.Count);
    }

    private static SummaryLine Line(NamedTally t) => new(t.NameAr, t.NameEn, t.Tally.Score, t.Tally.Tasks);
}
