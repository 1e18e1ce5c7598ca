using System.Globalization;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>A season day's groups rolled up into one snapshot row per scope; roll-ups are sums of tallies, as on the dashboard.</summary>
internal static class SnapshotRows
{
    public static IEnumerable<ReadinessSnapshot> Of(int governorateId, int planId, DateOnly day, IReadOnlyList<TallyGroup> groups)
    {
        if (groups.Count == 0)
        {
            yield break;
        }

        ReadinessSnapshot Row(SnapshotScope scope, string key, IEnumerable<TallyGroup> of) => New(governorateId, planId, day, scope, key, Tally.Sum(of.Select(g => g.Tally)));

        yield return Row(SnapshotScope.Governorate, "", groups);
        foreach (var unit in groups.Where(g => g.LocalUnitId is not null).GroupBy(g => g.LocalUnitId!.Value))
        {
            yield return Row(SnapshotScope.Unit, Key(unit.Key), unit);
            foreach (var cell in unit.GroupBy(g => g.Category))
            {
                yield return Row(SnapshotScope.UnitCategory, UnitCategoryKey(unit.Key, cell.Key), cell);
            }
        }

        foreach (var organisation in groups.GroupBy(g => g.OrganisationId))
        {
            yield return Row(SnapshotScope.Organisation, Key(organisation.Key), organisation);
        }

        foreach (var category in groups.GroupBy(g => g.Category))
        {
            yield return Row(SnapshotScope.Category, $"{category.Key}", category);
        }

        foreach (var storm in groups.Where(g => g.StormCode is not null).GroupBy(g => g.StormCode!))
        {
            yield return Row(SnapshotScope.Storm, storm.Key, storm);
        }
    }

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string UnitCategoryKey(int unitId, Tasks.TaskCategory category) => $"{Key(unitId)}:{category}";

    private static ReadinessSnapshot New(int governorateId, int planId, DateOnly day, SnapshotScope scope, string key, Tally t) => new()
    {
        GovernorateId = governorateId,
        PlanId = planId,
        Day = day,
        Scope = scope,
        Key = key,
        Tasks = t.Tasks,
        Weight = t.Weight,
        Credit = t.Credit,
        VerifiedWeight = t.VerifiedWeight,
        ReportedWeight = t.ReportedWeight,
        Overdue = t.Overdue,
        AtRisk = t.AtRisk,
        Stale = t.Stale,
        AwaitingVerification = t.AwaitingVerification,
    };
}
