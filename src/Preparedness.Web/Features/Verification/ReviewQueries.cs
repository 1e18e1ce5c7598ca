using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Verification;

internal sealed class ReviewQueries(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, IOptions<ReadinessOptions> options)
{
    /// <summary>What awaits verification, oldest report first: the longest wait is seen first.</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(Actor actor, int governorateId, int? unitId, int? organisationId, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var moment = ReadinessScore.Moment.At(clock, options.Value);
        var planId = await db.CurrentPlanIdAsync(governorateId, moment.Today, ct);
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.GovernorateId == governorateId && t.PlanId == planId && t.Status == TaskStatus.ReportedDone)
            .Where(t => unitId == null || t.LocalUnitId == unitId)
            .Where(t => organisationId == null || t.OrganisationId == organisationId)
            .OrderBy(t => t.LastUpdatedAt).ThenBy(t => t.Id)
            .Take(500)
            .ToRows(moment)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var evidence = await db.Evidence.AsNoTracking()
            .Where(e => ids.Contains(e.TaskId))
            .ToItems(db)
            .ToListAsync(ct);
        var byTask = evidence.ToLookup(e => e.TaskId);
        return [.. rows.Select(r => QueueItem.From(r, byTask[r.Id].OrderBy(i => i.UploadedAt).ThenBy(i => i.Id).ToList()))];
    }
}
