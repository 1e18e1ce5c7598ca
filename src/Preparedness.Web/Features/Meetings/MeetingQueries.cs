using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Meetings;

/// <summary>A governorate's meetings and their directives, read by whoever reads the governorate.</summary>
internal sealed class MeetingQueries(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxMeetings = 200;
    public const int MaxDirectives = 500;

    public async Task<IReadOnlyList<MeetingRow>> ListAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        Demand(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = CairoTime.Today(clock);
        return await db.Meetings.AsNoTracking()
            .Where(m => m.GovernorateId == governorateId)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id)
            .Take(MaxMeetings)
            .Select(m => new MeetingRow(
                m.Id, m.HeldOn, m.Chair, m.OrganisationIds.Length, m.Directives.Count,
                m.Directives.Count(d => d.Task!.Status == Tasks.TaskStatus.ReportedDone || d.Task.Status == Tasks.TaskStatus.Verified),
                m.Directives.Count(d => d.Task!.Status != Tasks.TaskStatus.ReportedDone && d.Task.Status != Tasks.TaskStatus.Verified && d.Task.DueOn < today)))
            .ToListAsync(ct);
    }

    /// <summary>Null when there is no such meeting, or it is another governorate's (its existence is not revealed).</summary>
    public async Task<MeetingDetails?> GetAsync(Actor actor, int meetingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null || !actor.CanReadMeetings(meeting.GovernorateId))
        {
            return null;
        }

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => meeting.OrganisationIds.Contains(o.Id))
            .OrderBy(o => o.NameAr)
            .Select(o => new NamedItem(o.Id, o.NameAr, o.NameEn))
            .ToListAsync(ct);
        var directives = await Directives(db, meeting.GovernorateId, meetingId, null, null).ToListAsync(ct);
        return new MeetingDetails(meeting.Id, meeting.GovernorateId, meeting.HeldOn, meeting.Chair, meeting.Notes, meeting.RecordedByName,
            meeting.RecordedAt, organisations, Stated(directives));
    }

    /// <summary>Every meeting's directives in the governorate (newest meeting first), for one local unit or organisation if asked.</summary>
    public async Task<IReadOnlyList<DirectiveRow>> DirectivesAsync(Actor actor, int governorateId, int? localUnitId = null, int? organisationId = null, CancellationToken ct = default)
    {
        Demand(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Directives(db, governorateId, null, localUnitId, organisationId).Take(MaxDirectives).ToListAsync(ct);
        return Stated(rows);
    }

    /// <summary>The meeting that gave this task as a directive, if one did (for the task page).</summary>
    public async Task<(int MeetingId, DateOnly HeldOn)?> OriginOfAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var origin = await db.MeetingDirectives.AsNoTracking()
            .Where(d => d.TaskId == taskId)
            .Join(db.Meetings, d => d.MeetingId, m => m.Id, (d, m) => new { m.Id, m.HeldOn, m.GovernorateId })
            .SingleOrDefaultAsync(ct);
        return origin is not null && actor.CanReadMeetings(origin.GovernorateId) ? (origin.Id, origin.HeldOn) : null;
    }

    private static IQueryable<DirectiveRow> Directives(PreparednessDbContext db, int governorateId, int? meetingId, int? localUnitId, int? organisationId) =>
        db.MeetingDirectives.AsNoTracking()
            .Where(d => d.GovernorateId == governorateId && (meetingId == null || d.MeetingId == meetingId))
            .Where(d => (localUnitId == null || d.Task!.LocalUnitId == localUnitId) && (organisationId == null || d.Task!.OrganisationId == organisationId))
            .Join(db.Meetings, d => d.MeetingId, m => m.Id, (d, m) => new { d.Task, Meeting = m })
            .OrderByDescending(x => x.Meeting.HeldOn).ThenByDescending(x => x.Meeting.Id).ThenBy(x => x.Task!.DueOn).ThenBy(x => x.Task!.Id)
            .Select(x => new DirectiveRow(
                x.Task!.Id, x.Meeting.Id, x.Meeting.HeldOn, x.Task.TitleAr, x.Task.TitleEn, x.Task.OrganisationId,
                x.Task.Organisation!.NameAr, x.Task.Organisation.NameEn, x.Task.LocalUnitId, x.Task.DueOn, x.Task.Status, DirectiveState.Open));

    private IReadOnlyList<DirectiveRow> Stated(IReadOnlyList<DirectiveRow> rows)
    {
        var today = CairoTime.Today(clock);
        return [.. rows.Select(r => r with { State = DirectiveRow.StateOf(r.Status, r.DueOn, today) })];
    }

    private static void Demand(Actor actor, int governorateId)
    {
        if (!actor.CanReadMeetings(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the meetings of governorate {governorateId}");
        }
    }
}
