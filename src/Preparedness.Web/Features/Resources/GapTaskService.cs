using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// A gap becomes a readiness task in one click, through the task rules themselves (<see cref="TaskEditingService"/>:
/// validation, the open season, history, audit, the live announcement); the link to the minimum level is written
/// with the task, so each shows the other.
/// </summary>
internal sealed class GapTaskService(
    IDbContextFactory<PreparednessDbContext> dbFactory, TaskEditingService tasks, IOptions<ResourcesOptions> options, TimeProvider clock)
{
    public const int DueInDays = 7;

    /// <param name="organisationId">The task's owner; by default the biggest holder of the type in the unit, else the unit's council.</param>
    public async Task<SaveResult> CreateTaskAsync(Actor actor, int minimumId, int? organisationId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var level = await db.ResourceMinimums.AsNoTracking().SingleOrDefaultAsync(m => m.Id == minimumId, ct);
        if (level is null || !actor.CanReadResources(level.GovernorateId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanTurnGapIntoTask(level.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not turn resource gaps into tasks in governorate {level.GovernorateId}");
        }

        var gap = await ResourceGaps.Query(db, level.GovernorateId, ResourceGaps.StaleBefore(clock.GetUtcNow(), options.Value))
            .Where(g => g.MinimumId == minimumId).Select(g => g.Gap).SingleAsync(ct);
        var open = await db.ResourceGapTasks.AnyAsync(l => l.ResourceMinimumId == minimumId
            && db.Tasks.Any(t => t.Id == l.TaskId && t.Status != Tasks.TaskStatus.Verified), ct);
        var owner = organisationId ?? await DefaultOwnerAsync(db, level, ct);
        var errors = new List<string>();
        if (gap == 0) errors.Add("Resource.NoGap");
        if (open) errors.Add("Resource.TaskExists");
        if (owner is null) errors.Add("Resource.OwnerRequired");
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var draft = await GapTaskDraft.ForAsync(db, level, gap, owner!.Value, CairoTime.Today(clock).AddDays(DueInDays), ct);
        var result = await tasks.CreateAsync(actor, level.GovernorateId, draft, (tx, task, now) =>
        {
            tx.ResourceGapTasks.Add(new ResourceGapTask { GovernorateId = level.GovernorateId, ResourceMinimumId = minimumId, TaskId = task.Id, GapAtCreation = gap, CreatedAt = now });
            tx.Record(actor, now, "resource.gap_task_created", "resource_minimum", $"{minimumId}", level.GovernorateId,
                [new FieldChange { Field = "TaskId", To = $"{task.Id}" }, new FieldChange { Field = "Gap", To = $"{gap}" }]);
        }, ct);
        if (result.Succeeded)
        {
            // After the task's own commit (its announcement moved the task screens): resource screens show the new link.
            await db.AnnounceAsync(new ResourceChange(ResourceChangeKind.GapTask, level.GovernorateId, level.LocalUnitId, level.ResourceTypeId, owner, actor.Name, clock.GetUtcNow()), ct);
        }

        return result;
    }

    private static async Task<int?> DefaultOwnerAsync(PreparednessDbContext db, ResourceMinimum level, CancellationToken ct) =>
        await db.ResourceEntries
            .Where(e => e.LocalUnitId == level.LocalUnitId && e.ResourceTypeId == level.ResourceTypeId
                && db.Organisations.Any(o => o.Id == e.OrganisationId && o.IsActive))
            .OrderByDescending(e => e.QuantityHeld).ThenBy(e => e.OrganisationId)
            .Select(e => (int?)e.OrganisationId).FirstOrDefaultAsync(ct)
        ?? await db.Organisations
            .Where(o => o.LocalUnitId == level.LocalUnitId && o.Kind == OrganisationKind.LocalCouncil && o.IsActive)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
}
