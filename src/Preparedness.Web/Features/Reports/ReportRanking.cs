using Preparedness.Web.Features.Dashboard;

namespace Preparedness.Web.Features.Reports;

internal static class ReportRanking
{
    /// <summary>Highest readiness first; rows without tasks (no score) last, or left out.</summary>
    public static IReadOnlyList<NamedTally> Rank(IReadOnlyList<NamedTally> rows, bool keepEmpty) =>
        [.. rows
            .Where(r => keepEmpty || r.Tally.Tasks > 0)
            .OrderByDescending(r => r.Tally.Score ?? -1m)
            .ThenBy(r => r.Id)];
}
