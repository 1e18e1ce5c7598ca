using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>
/// For every governorate's current season: the days it has no snapshot for, rebuilt from the task history, and
/// today's snapshot from the live figures (the dashboard's rule, in the database). Each season, day and scope
/// is written once: a second run, on this instance or another, inserts nothing.
/// </summary>
internal sealed class WriteSnapshotsJob(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, IOptions<ReadinessOptions> options)
{
    /// <returns>The rows written.</returns>
    public Task<int> ExecuteAsync(CancellationToken ct) => RunAsync(includeToday: true, ct);

    /// <summary>The past days only: at start-up, so a new installation and the demo have a trend before the evening's run.</summary>
    public Task<int> BackfillAsync(CancellationToken ct) => RunAsync(includeToday: false, ct);

    private async Task<int> RunAsync(bool includeToday, CancellationToken ct)
    {
        var moment = ReadinessScore.Moment.At(clock, options.Value);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var governorates = await db.Governorates.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Id).ToListAsync(ct);
        var written = 0;
        foreach (var governorateId in governorates)
        {
            if (await db.CurrentPlanIdAsync(governorateId, moment.Today, ct) is not { } planId)
            {
                continue;
            }

            var rows = await HistoryBackfill.RowsAsync(db, governorateId, planId, await MissingDaysAsync(db, planId, moment.Today, ct), options.Value, ct);
            if (includeToday)
            {
                var groups = await db.Tasks.Where(t => t.GovernorateId == governorateId && t.PlanId == planId).Figures(moment).GroupTallies().ToListAsync(ct);
                rows.AddRange(SnapshotRows.Of(governorateId, planId, moment.Today, groups));
            }

            written += await SnapshotWriter.InsertAsync(db, rows, ct);
        }

        return written;
    }

    /// <summary>The season's days before today, from its start (or its first task) to yesterday, that have no snapshot yet.</summary>
    private static async Task<List<DateOnly>> MissingDaysAsync(PreparednessDbContext db, int planId, DateOnly today, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var firstTask = await db.Tasks.Where(t => t.PlanId == planId).MinAsync(t => (DateTimeOffset?)t.CreatedAt, ct);
        if (firstTask is null)
        {
            return [];
        }

        var first = DateOnly.FromDateTime(CairoTime.ToCairo(firstTask.Value).DateTime);
        first = first > plan.StartsOn ? first : plan.StartsOn;
        first = first > today.AddDays(-HistoryBackfill.MaxDays) ? first : today.AddDays(-HistoryBackfill.MaxDays);
        var taken = (await db.ReadinessSnapshots
            .Where(s => s.PlanId == planId && s.Scope == SnapshotScope.Governorate && s.Day >= first && s.Day < today)
            .Select(s => s.Day)
            .ToListAsync(ct)).ToHashSet();
        return [.. Enumerable.Range(0, Math.Max(0, today.DayNumber - first.DayNumber)).Select(first.AddDays).Where(d => !taken.Contains(d))];
    }
}
