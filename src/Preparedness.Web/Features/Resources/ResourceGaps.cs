using Npgsql;
using NpgsqlTypes;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Resources;

/// <summary>One minimum level with what is available against it; filled by <see cref="ResourceGaps.Query"/> only.</summary>
public sealed class GapFigure
{
    public int MinimumId { get; init; }
    public int LocalUnitId { get; init; }
    public int ResourceTypeId { get; init; }
    public HazardScenario Scenario { get; init; }
    public int Minimum { get; init; }

    /// <summary>Working quantity of the entries checked recently enough; a "not reported" entry counts nothing.</summary>
    public int Working { get; init; }
    public int Gap { get; init; }
    public int NotReported { get; init; }
}

/// <summary>
/// The one definition of the gap (minimum − working, never negative) and of "available" (working, in an entry
/// checked within <see cref="ResourcesOptions.StaleAfterDays"/>): computed by the database in one query that
/// every screen, the report, the live figures and the gap→task rule compose on.
/// </summary>
internal static class ResourceGaps
{
    public static DateTimeOffset StaleBefore(DateTimeOffset now, ResourcesOptions options) => now.AddDays(-options.StaleAfterDays);

    /// <summary>
    /// "Not reported" for SQL over <c>resource_entries e</c>, the twin of the queries' <c>e.LastCheckedAt &lt; staleBefore</c>
    /// (ResourceStaleAgreementTests holds them together); needs <see cref="StaleBeforeParameter"/>.
    /// </summary>
    public const string NotReportedSql = "e.last_checked_at < @stale_before";

    public static NpgsqlParameter StaleBeforeParameter(DateTimeOffset staleBefore) =>
        new("stale_before", NpgsqlDbType.TimestampTz) { Value = staleBefore };

    public static IQueryable<GapFigure> Query(PreparednessDbContext db, int governorateId, DateTimeOffset staleBefore) =>
        from m in db.ResourceMinimums
        where m.GovernorateId == governorateId
        let working = db.ResourceEntries
            .Where(e => e.GovernorateId == governorateId && e.LocalUnitId == m.LocalUnitId && e.ResourceTypeId == m.ResourceTypeId && e.LastCheckedAt >= staleBefore)
            .Sum(e => e.QuantityWorking)
        select new GapFigure
        {
            MinimumId = m.Id,
            LocalUnitId = m.LocalUnitId,
            ResourceTypeId = m.ResourceTypeId,
            Scenario = m.Scenario,
            Minimum = m.Minimum,
            Working = working,
            Gap = m.Minimum > working ? m.Minimum - working : 0,
            NotReported = db.ResourceEntries
                .Count(e => e.GovernorateId == governorateId && e.LocalUnitId == m.LocalUnitId && e.ResourceTypeId == m.ResourceTypeId && e.LastCheckedAt < staleBefore),
        };
}
