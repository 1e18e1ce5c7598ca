using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Tasks;

/// <summary>
/// A save's idempotency key, kept unique with the history entry it wrote: a repeat (a second click, a retry
/// after an error, a twin sent at the same moment) finds the entry and writes nothing.
/// </summary>
internal static class SaveKeys
{
    /// <summary>Whether this actor's save with this key was recorded on this task; a key of someone else's save is refused.</summary>
    public static async Task<bool> RecordedAsync(PreparednessDbContext db, Actor actor, int taskId, Guid key, CancellationToken ct)
    {
        var owner = await db.TaskHistory.AsNoTracking()
            .Where(h => h.IdempotencyKey == key)
            .Select(h => new { h.TaskId, h.UserId })
            .SingleOrDefaultAsync(ct);
        if (owner is not null && (owner.TaskId != taskId || owner.UserId != actor.UserId))
        {
            throw new AccessDeniedException($"{actor.UserId} sent the key of another save ({key}) for task {taskId}");
        }

        return owner is not null;
    }

    /// <summary>
    /// After a save failed: whether it (or its twin) was committed after all, read on a fresh connection (reads
    /// are retried through a restart). Null when that cannot be known yet: the database is still away.
    /// </summary>
    public static async Task<bool?> RecordedAfterFailureAsync(
        IDbContextFactory<PreparednessDbContext> dbFactory, Actor actor, int taskId, Guid key, CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await RecordedAsync(db, actor, taskId, key, ct);
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// The answer to a keyed save whose commit failed, following the transaction: committed before the connection
    /// went means saved; a twin with the same key that committed first (a lost race on the version or on the key)
    /// means already saved; a version conflict with nothing recorded is a conflict. Null: the failure stands.
    /// </summary>
    public static async Task<SaveResult?> AnswerAfterFailureAsync(
        IDbContextFactory<PreparednessDbContext> dbFactory, Actor actor, int taskId, Guid key, Exception failure,
        Func<Task<SaveResult>> conflict, CancellationToken ct) =>
        await RecordedAfterFailureAsync(dbFactory, actor, taskId, key, ct) switch
        {
            true => DatabaseOutage.Is(failure) ? SaveResult.Saved(taskId) : SaveResult.AlreadySaved(taskId),
            false when failure is DbUpdateConcurrencyException => await conflict(),
            _ => null,
        };

    /// <summary>Whether a failed save may have been committed or raced by its twin: worth asking the key.</summary>
    public static bool MayHaveLanded(Exception ex) => ex is DbUpdateException || DatabaseOutage.Is(ex);
}
