using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// Looks at every gap (<see cref="ResourceGaps"/>: minimum − working, "not reported" counting nothing) and tells the
/// secretariat of each level that has gone below its minimum since the last look, once per crossing
/// (<see cref="Crossing"/>, kept on the level). A gap opens by time too (an entry going stale), so a job looks, not a save.
/// </summary>
internal sealed class GapEscalationJob(
    IDbContextFactory<PreparednessDbContext> dbFactory, NotificationWriter writer, IOptions<ResourcesOptions> options, TimeProvider clock, ILogger<GapEscalationJob> logger)
    : IRecurringJob
{
    public const string Name = "resource-gap-escalations";

    // One lock per governorate (with this class of lock ids): two runs at once take turns, the second finds every level moved.
    private const int LockClass = 0x6761_7073;

    public async Task<JobSummary> ExecuteAsync(CancellationToken ct)
    {
        List<int> governorates;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            governorates = await db.ResourceMinimums.Select(m => m.GovernorateId).Distinct().OrderBy(g => g).ToListAsync(ct);
        }

        var total = WriteResult.None;
        foreach (var governorateId in governorates)
        {
            total = total.Add(await GovernorateAsync(governorateId, ct));
        }

        logger.LogInformation("Gap escalations: {Notifications} notifications to {Users} users.", total.Notifications, total.NotificationsByUser.Count);
        return total.Summary;
    }

    private async Task<WriteResult> GovernorateAsync(int governorateId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {governorateId})", ct);
        var now = clock.GetUtcNow();
        var gaps = await ResourceGaps.Query(db, governorateId, ResourceGaps.StaleBefore(now, options.Value))
            .Select(g => new { g.MinimumId, g.Working, g.Gap }).ToListAsync(ct);
        var levels = await db.ResourceMinimums.Where(m => m.GovernorateId == governorateId).ToDictionaryAsync(m => m.Id, ct);
        var crossed = new List<(ResourceMinimum Level, int Working)>();
        foreach (var gap in gaps)
        {
            var level = levels[gap.MinimumId];
            var before = new Crossing(level.IsShort, level.ShortCrossings);
            var after = before.Next(gap.Gap > 0);
            if (after == before)
            {
                continue;
            }

            (level.IsShort, level.ShortCrossings) = (after.IsBelow, after.Count);
            db.Record(Actor.System, now, after.IsBelow ? "resource.gap_opened" : "resource.gap_closed", "resource_minimum", $"{level.Id}", governorateId,
                [new FieldChange { Field = "Working", To = gap.Working.ToString(CultureInfo.InvariantCulture) }, new FieldChange { Field = "Gap", To = gap.Gap.ToString(CultureInfo.InvariantCulture) }]);
            if (after.CrossedFrom(before))
            {
                crossed.Add((level, gap.Working));
            }
        }

        await db.SaveChangesAsync(ct);
        var told = crossed.Count == 0 ? WriteResult.None : await writer.WriteAsync(db, await GapNotice.ForAsync(db, governorateId, crossed, ct), ct);
        await transaction.CommitAsync(ct);
        await writer.AnnounceAsync(told, ct);
        return told;
    }
}
