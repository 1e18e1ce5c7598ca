using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Verification;

public sealed record EvidenceItem(long Id, string FileName, string ContentType, int Size, bool HasThumbnail, DateTimeOffset UploadedAt, string UploadedByName)
{
    public bool IsPhoto => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public sealed record EvidenceContent(string FileName, string ContentType, byte[] Bytes);

internal sealed class ReviewQueries(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, IOptions<ReadinessOptions> options)
{
    /// <summary>What awaits verification, oldest report first: the longest wait is seen first.</summary>
    public async Task<IReadOnlyList<TaskRow>> QueueAsync(Actor actor, int governorateId, int? unitId, int? organisationId, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var moment = ReadinessScore.Moment.At(clock, options.Value);
        var planId = await db.CurrentPlanIdAsync(governorateId, moment.Today, ct);
        return await db.Tasks.AsNoTracking()
            .Where(t => t.GovernorateId == governorateId && t.PlanId == planId && t.Status == TaskStatus.ReportedDone)
            .Where(t => unitId == null || t.LocalUnitId == unitId)
            .Where(t => organisationId == null || t.OrganisationId == organisationId)
            .OrderBy(t => t.LastUpdatedAt).ThenBy(t => t.Id)
            .Take(500)
            .ToRows(moment)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<EvidenceItem>> EvidenceAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var governorateId = await db.Tasks.Where(t => t.Id == taskId).Select(t => (int?)t.GovernorateId).SingleOrDefaultAsync(ct);
        if (governorateId is null || !actor.CanRead(governorateId.Value))
        {
            return [];
        }

        return await db.Evidence.AsNoTracking()
            .Where(e => e.TaskId == taskId)
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)
            .Select(e => new EvidenceItem(e.Id, e.FileName, e.ContentType, e.Size, e.Thumbnail != null, e.UploadedAt, e.UploadedByName))
            .ToListAsync(ct);
    }

    /// <summary>The file (or its thumbnail) if the actor may read the task it belongs to.</summary>
    public async Task<EvidenceContent?> ContentAsync(Actor actor, long evidenceId, bool thumbnail, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.Evidence.AsNoTracking()
            .Where(e => e.Id == evidenceId)
            .Select(e => new
            {
                GovernorateId = db.Tasks.Where(t => t.Id == e.TaskId).Select(t => t.GovernorateId).Single(),
                e.FileName,
                e.ContentType,
                Bytes = thumbnail && e.Thumbnail != null ? e.Thumbnail : e.Content,
                IsThumbnail = thumbnail && e.Thumbnail != null,
            })
            .SingleOrDefaultAsync(ct);
        return found is null || !actor.CanRead(found.GovernorateId)
            ? null
            : new EvidenceContent(found.FileName, found.IsThumbnail ? "image/jpeg" : found.ContentType, found.Bytes);
    }
}
