using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Reminders.Sweeps;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Reminders.RemindNow;

/// <summary>
/// The secretariat reminds an owner from the screen: of one task, or of all of an organisation's open
/// tasks. At most once an hour: a task is refused within the hour after it or its organisation was
/// reminded, an organisation within the hour after its last organisation reminder. The check and the
/// write run under a lock on the organisation, so two clicks at once send one reminder.
/// </summary>
internal sealed class RemindNowService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    NotificationWriter writer,
    TimeProvider clock,
    IOptions<ReminderOptions> options)
{
    /// <summary>The first key of the advisory lock; the second is the organisation id.</summary>
    private const int LockSpace = 4041;

    public async Task<RemindResult> RemindTaskAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId)
            .Select(t => new { t.GovernorateId, t.OrganisationId, t.Status })
            .SingleOrDefaultAsync(ct);
        if (task is null || !actor.CanRead(task.GovernorateId))
        {
            return RemindResult.NotFound;
        }

        if (!actor.CanManageTasks(task.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not remind in governorate {task.GovernorateId}");
        }

        if (task.Status is TaskStatus.ReportedDone or TaskStatus.Verified)
        {
            return RemindResult.NothingOpen;
        }

        return await SendAsync(db, task.OrganisationId, o => o.TaskId == taskId || (o.TaskId == null && o.OrganisationId == task.OrganisationId), key => RemindNowBatches.Task(taskId, key, actor), ct);
    }

    public async Task<RemindResult> RemindOrganisationAsync(Actor actor, int organisationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var governorateId = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (int?)o.GovernorateId).SingleOrDefaultAsync(ct);
        if (governorateId is null || !actor.CanRead(governorateId.Value))
        {
            return RemindResult.NotFound;
        }

        if (!actor.CanManageTasks(governorateId.Value))
        {
            throw new AccessDeniedException($"{actor.UserId} may not remind in governorate {governorateId.Value}");
        }

        var planId = await db.CurrentPlanIdAsync(governorateId.Value, CairoTime.Today(clock), ct);
        var open = await db.Tasks.CountAsync(t => t.PlanId == planId && t.OrganisationId == organisationId && t.Status != TaskStatus.ReportedDone && t.Status != TaskStatus.Verified, ct);
        if (open == 0)
        {
            return RemindResult.NothingOpen;
        }

        return await SendAsync(db, organisationId, o => o.TaskId == null && o.OrganisationId == organisationId, key => RemindNowBatches.Organisation(organisationId, open, key, actor), ct);
    }

    private async Task<RemindResult> SendAsync(
        PreparednessDbContext db,
        int organisationId,
        Expression<Func<ReminderOccurrence, bool>> earlier,
        Func<string, ReminderBatch> batch,
        CancellationToken ct)
    {
        if (!await HasHeadsAsync(db, organisationId, ct))
        {
            return RemindResult.NoRecipients;
        }

        var now = clock.GetUtcNow();
        var interval = TimeSpan.FromMinutes(options.Value.RemindNowIntervalMinutes);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, {organisationId})", ct);
        var last = await db.ReminderOccurrences
            .Where(o => o.Kind == ReminderKind.RemindNow && o.CreatedAt > now - interval)
            .Where(earlier)
            .MaxAsync(o => (DateTimeOffset?)o.CreatedAt, ct);
        if (last is not null)
        {
            return new RemindResult(RemindStatus.TooSoon, NextAllowedAt: last.Value + interval);
        }

        var key = "at:" + now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture);
        var result = await writer.WriteAsync(db, batch(key), ct);
        await transaction.CommitAsync(ct);
        await writer.AnnounceAsync(result, ct);
        return new RemindResult(RemindStatus.Sent, result.Notifications);
    }

    private static Task<bool> HasHeadsAsync(PreparednessDbContext db, int organisationId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.OrganisationId == organisationId
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.OrganisationHead || r.Name == Roles.Partner))), ct);
}
