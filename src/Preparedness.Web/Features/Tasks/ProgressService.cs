using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks.Evidence;

namespace Preparedness.Web.Features.Tasks;

/// <summary>Owners (and the secretariat) record status, progress and notes.</summary>
internal sealed class ProgressService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    TaskQueries queries)
{
    public async Task<SaveResult> UpdateAsync(Actor actor, int taskId, ProgressUpdate update, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !actor.CanReadOrganisationRecord(task.GovernorateId, task.OrganisationId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanUpdateProgress(task.GovernorateId, task.OrganisationId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not update task {task.Id}");
        }

        // Before the version check: the save being repeated is what moved the version on.
        if (update.IdempotencyKey is { } repeated && await SaveKeys.RecordedAsync(db, actor, task.Id, repeated, ct))
        {
            return SaveResult.AlreadySaved(task.Id);
        }

        if (await db.IsClosedAsync(task.PlanId, ct))
        {
            return SaveResult.Invalid([ClosedSeason.ErrorKey]);
        }

        if (task.Version != update.Version)
        {
            return SaveResult.Conflict(await CurrentAsync(actor, taskId, ct));
        }

        var errors = update.Validate(task).ToList();
        var files = update.Evidence.Select(EvidenceInspector.Inspect).ToList();
        errors.AddRange(files.Where(f => f.ErrorKey is not null).Select(f => f.ErrorKey!).Distinct());
        if (update.Status == TaskStatus.ReportedDone && task.Status != TaskStatus.ReportedDone
            && files.All(f => f.File is null) && !await db.Evidence.AnyAsync(e => e.TaskId == task.Id, ct))
        {
            errors.Add("Evidence.Required");
        }

        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var changes = Apply(task, update);
        foreach (var file in files.Select(f => f.File!))
        {
            db.Evidence.Add(new TaskEvidence
            {
                TaskId = task.Id, FileName = file.FileName, ContentType = file.ContentType, Size = file.Content.Length,
                Content = file.Content, Thumbnail = file.Thumbnail, UploadedAt = now, UploadedById = actor.UserId, UploadedByName = actor.Name,
                CapturedAt = file.Facts.CapturedAt, Latitude = file.Facts.Latitude, Longitude = file.Facts.Longitude,
            });
            changes.Add(new FieldChange { Field = "Evidence", To = file.FileName });
        }

        var note = string.IsNullOrWhiteSpace(update.Note) ? null : update.Note.Trim();
        if (changes.Count == 0 && note is null)
        {
            return SaveResult.Invalid(["Validation.NothingToSave"]);
        }

        task.LatestNote = note ?? task.LatestNote;
        task.LastUpdatedAt = now;
        task.LastUpdatedById = actor.UserId;
        task.LastUpdatedByName = actor.Name;
        db.TaskHistory.Add(new TaskHistoryEntry
        {
            TaskId = task.Id,
            At = now,
            UserId = actor.UserId,
            UserName = actor.Name,
            Kind = HistoryKind.Progress,
            Changes = changes,
            Note = note,
            IdempotencyKey = update.IdempotencyKey,
        });

        db.Record(actor, now, "task.progress", "task", $"{task.Id}", task.GovernorateId, changes, note);
        try
        {
            await db.SaveAndAnnounceAsync(() => TaskChange.For(ChangeKind.Progress, task), ct);
        }
        catch (Exception ex) when (update.IdempotencyKey is { } key && SaveKeys.MayHaveLanded(ex))
        {
            var answer = await SaveKeys.AnswerAfterFailureAsync(
                dbFactory, actor, taskId, key, ex, async () => SaveResult.Conflict(await CurrentAsync(actor, taskId, ct)), ct);
            if (answer is null)
            {
                throw;
            }

            return answer;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict(await CurrentAsync(actor, taskId, ct));
        }

        return SaveResult.Saved(task.Id);
    }

    private static List<FieldChange> Apply(ReadinessTask task, ProgressUpdate update)
    {
        var changes = new List<FieldChange>();
        var reason = update.Status == TaskStatus.Blocked ? update.BlockedReason?.Trim() : null;
        if (task.Status != update.Status)
        {
            changes.Add(new FieldChange { Field = "Status", From = task.Status.ToString(), To = update.Status.ToString() });
            task.Status = update.Status;
        }

        if (task.BlockedReason != reason)
        {
            changes.Add(new FieldChange { Field = "BlockedReason", From = task.BlockedReason, To = reason });
            task.BlockedReason = reason;
        }

        if (task.Measure == MeasureKind.Quantity && update.Achieved is { } achieved && achieved != task.Achieved)
        {
            changes.Add(new FieldChange { Field = "Achieved", From = Format(task.Achieved), To = Format(achieved) });
            task.Achieved = achieved;
        }

        return changes;
    }

    private Task<TaskDetails?> CurrentAsync(Actor actor, int taskId, CancellationToken ct) =>
        queries.GetAsync(actor, taskId, ct);

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
