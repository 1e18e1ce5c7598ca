using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Tasks.Evidence;

public sealed record EvidenceItem(
    long Id, string FileName, string ContentType, int Size, bool HasThumbnail, DateTimeOffset UploadedAt, string UploadedByName,
    DateTimeOffset? CapturedAt = null, double? Latitude = null, double? Longitude = null, bool TakenBeforeTask = false, int TaskId = 0)
{
    public bool IsPhoto => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public sealed record EvidenceContent(string FileName, string ContentType, byte[] Bytes);

/// <summary>A task's evidence, for anyone who may read the task: listed on its page, served at /evidence/{id}.</summary>
internal sealed class EvidenceQueries(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public async Task<IReadOnlyList<EvidenceItem>> EvidenceAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owner = await db.Tasks.Where(t => t.Id == taskId).Select(t => new { t.GovernorateId, t.OrganisationId }).SingleOrDefaultAsync(ct);
        if (owner is null || !actor.CanReadOrganisationRecord(owner.GovernorateId, owner.OrganisationId))
        {
            return [];
        }

        return await db.Evidence.AsNoTracking()
            .Where(e => e.TaskId == taskId)
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)
            .ToItems(db)
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
                OrganisationId = db.Tasks.Where(t => t.Id == e.TaskId).Select(t => t.OrganisationId).Single(),
                e.FileName,
                e.ContentType,
                Bytes = thumbnail && e.Thumbnail != null ? e.Thumbnail : e.Content,
                IsThumbnail = thumbnail && e.Thumbnail != null,
            })
            .SingleOrDefaultAsync(ct);
        return found is null || !actor.CanReadOrganisationRecord(found.GovernorateId, found.OrganisationId)
            ? null
            : new EvidenceContent(found.FileName, found.IsThumbnail ? "image/jpeg" : found.ContentType, found.Bytes);
    }
}

internal static class EvidenceItems
{
    /// <summary>A photo taken before its task was created cannot show work done for it: the reviewer is told.</summary>
    public static IQueryable<EvidenceItem> ToItems(this IQueryable<TaskEvidence> evidence, PreparednessDbContext db) =>
        from e in evidence
        join t in db.Tasks on e.TaskId equals t.Id
        select new EvidenceItem(
            e.Id, e.FileName, e.ContentType, e.Size, e.Thumbnail != null, e.UploadedAt, e.UploadedByName,
            e.CapturedAt, e.Latitude, e.Longitude, e.CapturedAt != null && e.CapturedAt < t.CreatedAt, e.TaskId);
}
