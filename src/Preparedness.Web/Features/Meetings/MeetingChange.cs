using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Meetings;

/// <summary>A meeting recorded or given a directive: the meetings list and the meeting's page re-read.</summary>
public sealed record MeetingChange(int GovernorateId, int MeetingId, string ChangedBy, DateTimeOffset At) : ILiveChange
{
    public string? Scope => LiveScope.Governorate(GovernorateId);
}
