using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Meetings;

/// <summary>The secretariat records the governorate's meetings.</summary>
internal sealed class MeetingService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult> RecordAsync(Actor actor, int governorateId, MeetingDraft draft, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanRecordMeetings(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not record meetings in governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = draft.Validate(CairoTime.Today(clock)).ToList();
        var present = draft.OrganisationIds.Distinct().Order().ToArray();
        var known = await db.Organisations.CountAsync(o => o.GovernorateId == governorateId && present.Contains(o.Id), ct);
        if (known != present.Length) errors.Add("Validation.OrganisationInvalid");
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var meeting = new Meeting
        {
            GovernorateId = governorateId, HeldOn = draft.HeldOn!.Value, Chair = draft.Chair.Trim(), OrganisationIds = present,
            Notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes.Trim(),
            RecordedAt = now, RecordedById = actor.UserId, RecordedByName = actor.Name,
        };
        db.Meetings.Add(meeting);
        await db.SaveAndAnnounceAsync(
            () => new MeetingChange(governorateId, meeting.Id, actor.Name, now),
            ct,
            afterInsert: () => db.Record(actor, now, "meeting.recorded", "meeting", $"{meeting.Id}", governorateId, Changes(meeting), meeting.Notes));
        return SaveResult.Saved(meeting.Id);
    }

    private static List<FieldChange> Changes(Meeting m) =>
    [
        new() { Field = "HeldOn", To = m.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        new() { Field = "Chair", To = m.Chair },
        new() { Field = "OrganisationIds", To = string.Join(",", m.OrganisationIds) },
    ];
}
