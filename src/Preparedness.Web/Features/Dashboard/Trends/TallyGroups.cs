using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard.Trends;

internal sealed record TallyGroup(int OrganisationId, int? LocalUnitId, TaskCategory Category, string? StormCode, Tally Tally);

internal static class TallyGroups
{
    /// <summary>
    /// The dashboard's grouping and sums (<see cref="DashboardService"/>) over the dashboard's per-task rule
    /// (<see cref="ReadinessScore.Figures"/>). One expression: PostgreSQL runs it for today, and it runs in
    /// memory over task states rebuilt from history for past days, so both sides count alike.
    /// </summary>
    public static IQueryable<TallyGroup> GroupTallies(this IQueryable<TaskFigures> figures) =>
        figures
            .GroupBy(f => new { f.OrganisationId, f.LocalUnitId, f.Category, f.StormCode })
            .Select(g => new TallyGroup(
                g.Key.OrganisationId,
                g.Key.LocalUnitId,
                g.Key.Category,
                g.Key.StormCode,
                new Tally(
                    g.Count(),
                    g.Sum(f => f.Weight),
                    g.Sum(f => f.Weight * f.Credit),
                    g.Sum(f => f.Verified ? f.Weight : 0),
                    g.Sum(f => f.ReportedDone ? f.Weight : 0),
                    g.Count(f => f.Overdue),
                    g.Count(f => f.AtRisk),
                    g.Count(f => f.Stale),
                    g.Count(f => f.ReportedDone),
                    g.Max(f => (DateTimeOffset?)f.LastUpdatedAt))));
}
