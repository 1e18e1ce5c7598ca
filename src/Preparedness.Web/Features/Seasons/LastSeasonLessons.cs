using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Seasons;

/// <summary>When a task was first reported done; late when that Cairo day is after its due date.</summary>
internal sealed record DoneMoment(int TaskId, DateTimeOffset At);

/// <summary>
/// What a season's history says about each task: returned by a reviewer (the last comment), reported done
/// after its due date (how late), or never finished. Read from <see cref="TaskHistoryEntry"/>, never guessed.
/// </summary>
internal static class LastSeasonLessons
{
    public static readonly string[] DoneStatuses = [nameof(TaskStatus.ReportedDone), nameof(TaskStatus.Verified)];

    public static async Task<Dictionary<int, DateTimeOffset>> FirstDoneAsync(PreparednessDbContext db, int planId, CancellationToken ct) =>
        await db.TaskHistory.AsNoTracking()
            .Where(h => db.Tasks.Any(t => t.Id == h.TaskId && t.PlanId == planId)
                && h.Changes.Any(c => c.Field == nameof(ReadinessTask.Status) && DoneStatuses.Contains(c.To!)))
            .GroupBy(h => h.TaskId)
            .Select(g => new { TaskId = g.Key, At = g.Min(h => h.At) })
            .ToDictionaryAsync(x => x.TaskId, x => x.At, ct);

    public static async Task<Dictionary<int, string?>> LastReturnAsync(PreparednessDbContext db, int planId, CancellationToken ct) =>
        (await db.TaskHistory.AsNoTracking()
            .Where(h => h.Kind == HistoryKind.Returned && db.Tasks.Any(t => t.Id == h.TaskId && t.PlanId == planId))
            .OrderBy(h => h.At)
            .Select(h => new { h.TaskId, h.Note })
            .ToListAsync(ct))
        .GroupBy(r => r.TaskId)
        .ToDictionary(g => g.Key, g => g.Last().Note);

    /// <summary>Cairo days after the due date that the task was first reported done; 0 when on time.</summary>
    public static int DaysLate(DateOnly dueOn, DateTimeOffset doneAt) =>
        Math.Max(0, DateOnly.FromDateTime(CairoTime.ToCairo(doneAt).DateTime).DayNumber - dueOn.DayNumber);

    /// <summary>The lesson flags, and the reviewer's last return comment as the note.</summary>
    public static (Lesson Lesson, string? Note) For(ReadinessTask last, DateTimeOffset? firstDone, bool returned, string? returnComment)
    {
        var lesson = returned ? Lesson.Returned : Lesson.None;
        if (!last.IsDone) lesson |= Lesson.Unfinished;
        else if (firstDone is { } at && DaysLate(last.DueOn, at) > 0) lesson |= Lesson.FinishedLate;
        return (lesson, returned && !string.IsNullOrWhiteSpace(returnComment) ? returnComment.Trim() : null);
    }
}
