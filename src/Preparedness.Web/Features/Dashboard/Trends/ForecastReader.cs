using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>
/// The forecasts of a governorate's current season from the snapshots of the last <see cref="ReadinessForecast.WindowDays"/>
/// days: against the season's end for the governorate, units and organisations, against its window for a storm.
/// Callers check permission (<see cref="TrendService"/>); the digest reads it as the system.
/// </summary>
internal sealed class ForecastReader(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, StormCalendar storms)
{
    private static readonly SnapshotScope[] Scopes = [SnapshotScope.Governorate, SnapshotScope.Unit, SnapshotScope.Organisation, SnapshotScope.Storm];

    public async Task<ForecastBoard?> BoardAsync(int governorateId, CancellationToken ct)
    {
        var today = CairoTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CurrentPlanIdAsync(governorateId, today, ct) is not { } planId)
        {
            return null;
        }

        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var governorate = await db.Governorates.AsNoTracking().SingleAsync(g => g.Id == governorateId, ct);
        var snapshots = db.ReadinessSnapshots.AsNoTracking().Where(s => s.PlanId == planId);
        var latest = await snapshots.Where(s => s.Scope == SnapshotScope.Governorate).MaxAsync(s => (DateOnly?)s.Day, ct) ?? today;
        var since = latest.AddDays(-ReadinessForecast.WindowDays);
        var rows = await snapshots.Where(s => s.Day >= since && Scopes.Contains(s.Scope)).ToListAsync(ct);
        var units = await db.LocalUnits.AsNoTracking().Where(u => u.GovernorateId == governorateId).ToDictionaryAsync(u => SnapshotRows.Key(u.Id), ct);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.GovernorateId == governorateId).ToDictionaryAsync(o => SnapshotRows.Key(o.Id), ct);

        Forecast Of(SnapshotScope scope, string key, DateOnly? deadline) => ReadinessForecast.Of(
            [.. rows.Where(r => r.Scope == scope && r.Key == key && r.Weight > 0).Select(r => (r.Day, r.ToTally().Score!.Value))], today, deadline);
        IEnumerable<string> Keys(SnapshotScope scope) => rows.Where(r => r.Scope == scope).Select(r => r.Key).Distinct();

        return new ForecastBoard(
            today,
            new ScopeForecast(SnapshotScope.Governorate, governorate.NameAr, governorate.NameEn, Of(SnapshotScope.Governorate, "", plan.EndsOn)),
            [.. Keys(SnapshotScope.Unit).Where(units.ContainsKey).Select(k => new ScopeForecast(SnapshotScope.Unit, units[k].NameAr, units[k].NameEn, Of(SnapshotScope.Unit, k, plan.EndsOn))).OrderBy(Rank)],
            [.. Keys(SnapshotScope.Organisation).Where(organisations.ContainsKey).Select(k => new ScopeForecast(SnapshotScope.Organisation, organisations[k].NameAr, organisations[k].NameEn, Of(SnapshotScope.Organisation, k, plan.EndsOn))).OrderBy(Rank)],
            [.. Keys(SnapshotScope.Storm).Select(k => storms.WindowOf(k, plan.StartsOn)).OfType<StormWindow>().OrderBy(w => w.From)
                .Select(w => new ScopeForecast(SnapshotScope.Storm, w.Storm.NameAr, w.Storm.NameEn, Of(SnapshotScope.Storm, w.Storm.Code, w.From)))]);
    }

    /// <summary>The worst first: will miss, at risk, then the rest.</summary>
    private static int Rank(ScopeForecast f) => f.Forecast.Verdict switch
    {
        ForecastVerdict.WillMiss => 0,
        ForecastVerdict.AtRisk => 1,
        _ => 2,
    };
}
