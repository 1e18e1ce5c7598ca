using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Reminders.Sweeps;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Verification;

/// <summary>
/// A task reported done is a claim; a reviewer (the military adviser or the secretariat) verifies it,
/// or returns it with a comment and it goes back to its owner.
/// </summary>
/// <remarks>A review tells the task's owner either way (<see cref="ReviewNotice"/>) in the same transaction.</remarks>
internal sealed class ReviewService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    TaskQueries queries,
    NotificationWriter notifications)
{
    public const int MaxCommentLength = 2000;

    /// <param name="key">The review form's idempotency key (made when it opened): sent again, the review is recorded once.</param>
    public Task<SaveResult> VerifyAsync(Actor actor, int taskId, string? note, uint version, Guid? key = null, CancellationToken ct = default) =>
        ReviewAsync(actor, taskId, TaskStatus.Verified, note, version, key, ct);

    public Task<SaveResult> ReturnAsync(Actor actor, int taskId, string? comment, uint version, Guid? key = null, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult(SaveResult.Invalid(["Review.CommentRequired"]))
            : ReviewAsync(actor, taskId, TaskStatus.Returned, comment, version, key, ct);

    private async Task<SaveResult> ReviewAsync(Actor actor, int taskId, TaskStatus outcome, string? comment, uint version, Guid? key, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !actor.CanRead(task.GovernorateId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanReview(task.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not review in governorate {task.GovernorateId}");
        }

        // Before the version check: the review being repeated is what moved the version on.
        if (key is { } repeated && await SaveKeys.RecordedAsync(db, actor, task.Id, repeated, ct))
        {
            return SaveResult.AlreadySaved(task.Id);
        }

        if (await db.IsClosedAsync(task.PlanId, ct))
        {
            return SaveResult.Invalid([ClosedSeason.ErrorKey]);
        }

        if (task.Version != version)
        {
            return SaveResult.Conflict(await queries.GetAsync(actor, taskId, ct));
        }

        if (task.Status != TaskStatus.ReportedDone)
        {
            return SaveResult.Invalid(["Review.NotAwaiting"]);
        }

        if (comment?.Length > MaxCommentLength)
        {
            return SaveResult.Invalid(["Validation.NoteTooLong"]);
        }

        if (Security.UntrustedText.HasControlCharacters(comment))
        {
            return SaveResult.Invalid(["Input.ControlCharacters"]);
        }

        var now = clock.GetUtcNow();
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        List<FieldChange> changes = [new() { Field = "Status", From = task.Status.ToString(), To = outcome.ToString() }];
        task.Status = outcome;
        task.ReviewComment = text;
        task.LastUpdatedAt = now;
        task.LastUpdatedById = actor.UserId;
        task.LastUpdatedByName = actor.Name;
        var kind = outcome == TaskStatus.Verified ? HistoryKind.Verified : HistoryKind.Returned;
        var entry = TaskEditingService.Entry(actor, now, kind, changes, task.Id);
        entry.Note = text;
        entry.IdempotencyKey = key;
        db.TaskHistory.Add(entry);
        db.Record(actor, now, outcome == TaskStatus.Verified ? "task.verified" : "task.returned", "task", $"{task.Id}", task.GovernorateId, changes, text);
        var told = WriteResult.None;
        try
        {
            await db.SaveAndAnnounceAsync(
                () => TaskChange.For(ChangeKind.Progress, task),
                ct,
                beforeCommit: async c => told = await notifications.WriteAsync(db, ReviewNotice.For(outcome, task.Id, entry.Id, actor, text), c));
        }
        catch (Exception ex) when (key is { } sent && SaveKeys.MayHaveLanded(ex))
        {
            var answer = await SaveKeys.AnswerAfterFailureAsync(
                dbFactory, actor, taskId, sent, ex, async () => SaveResult.Conflict(await queries.GetAsync(actor, taskId, ct)), ct);
            if (answer is null)
            {
                throw;
            }

            return answer;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict(await queries.GetAsync(actor, taskId, ct));
        }

        await notifications.AnnounceAsync(told, ct);

        return SaveResult.Saved(task.Id);
    }
}
