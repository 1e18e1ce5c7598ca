using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>
/// Readiness over time, read from the daily snapshots only (never recomputed from history on a page load),
/// under the dashboard's read rule.
/// </summary>
internal sealed class TrendService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, ForecastReader forecasts)
{
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(Actor actor, int governorateId, int? unitId = null, int? organisationId = null, int? season = null, CancellationToken ct = default)
    {
        Check(actor, governorateId);
        var (scope, key) = unitId is { } u ? (SnapshotScope.Unit, SnapshotRows.Key(u))
            : organisationId is { } o ? (SnapshotScope.Organisation, SnapshotRows.Key(o))
            : (SnapshotScope.Governorate, "");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var planId = await db.PlanInScopeAsync(governorateId, season, CairoTime.Today(clock), ct);
        var rows = await db.ReadinessSnapshots.AsNoTracking()
            .Where(s => s.PlanId == planId && s.GovernorateId == governorateId && s.Scope == scope && s.Key == key)
            .OrderBy(s => s.Day)
            .ToListAsync(ct);
        return [.. rows.Select(r => new TrendPoint(r.Day, r.ToTally()))];
    }

    public async Task<ForecastBoard?> ForecastsAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        Check(actor, governorateId);
        return await forecasts.BoardAsync(governorateId, ct);
    }

    public async Task<HeatMapData> HeatMapAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        Check(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var planId = await db.CurrentPlanIdAsync(governorateId, CairoTime.Today(clock), ct);
        var cells = db.ReadinessSnapshots.AsNoTracking().Where(s => s.PlanId == planId && s.Scope == SnapshotScope.UnitCategory);
        var day = await cells.MaxAsync(s => (DateOnly?)s.Day, ct);
        var rows = await cells.Where(s => s.Day == day).ToListAsync(ct);
        var units = await db.LocalUnits.AsNoTracking()
            .Where(u => u.GovernorateId == governorateId)
            .OrderBy(u => u.ParentId ?? u.Id).ThenBy(u => u.Id)
            .Select(u => new Governorates.NamedItem(u.Id, u.NameAr, u.NameEn))
            .ToListAsync(ct);
        var heat = rows.Select(r => r.Key.Split(':')).Zip(rows, (k, r) => new HeatCell(int.Parse(k[0], System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<Tasks.TaskCategory>(k[1]), r.ToTally().Score)).ToList();
        var withTasks = heat.Select(c => c.UnitId).ToHashSet();
        return new HeatMapData(day, [.. units.Where(u => withTasks.Contains(u.Id))], [.. heat.Select(c => c.Category).Distinct().Order()], heat);
    }

    private static void Check(Actor actor, int governorateId)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }
    }
}
