using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Meetings;

/// <summary>
/// A directive given at a meeting becomes a task for its owner, through the task rules themselves
/// (<see cref="TaskEditingService"/>: validation, the current and open season, history, audit, the live
/// announcement), so it is reminded and escalated like any task; the link to the meeting is written with it.
/// </summary>
internal sealed class DirectiveService(IDbContextFactory<PreparednessDbContext> dbFactory, TaskEditingService tasks)
{
    public async Task<SaveResult> AddAsync(Actor actor, int meetingId, ShortTaskDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var governorateId = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (int?)m.GovernorateId).SingleOrDefaultAsync(ct);
        if (governorateId is not { } gov || !actor.CanRead(gov))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanRecordMeetings(gov))
        {
            throw new AccessDeniedException($"{actor.UserId} may not give directives in governorate {gov}");
        }

        return await tasks.CreateAsync(actor, gov, draft.ToTask(), (tx, task, now) =>
        {
            tx.Add(new MeetingDirective { MeetingId = meetingId, TaskId = task.Id, GovernorateId = gov, CreatedAt = now });
            tx.Record(actor, now, "meeting.directive_given", "meeting", $"{meetingId}", gov, [new FieldChange { Field = "TaskId", To = $"{task.Id}" }]);
        }, ct);
    }
}
