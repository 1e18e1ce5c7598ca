using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Meetings;

/// <summary>Where a directive stands, as the report and the meeting page say it.</summary>
public enum DirectiveState
{
    Open,
    Overdue,
    Done,
    Verified,
}

/// <summary>One directive: its task, its owner, its due date and where it stands today.</summary>
public sealed record DirectiveRow(
    int TaskId, int MeetingId, DateOnly MeetingHeldOn, string TitleAr, string TitleEn,
    int OrganisationId, string OrganisationNameAr, string OrganisationNameEn, int? LocalUnitId, DateOnly DueOn, TaskStatus Status, DirectiveState State)
{
    /// <summary>The readiness rules' words: verified, reported done, overdue (not done and past due, Cairo day), otherwise open.</summary>
    public static DirectiveState StateOf(TaskStatus status, DateOnly dueOn, DateOnly today) => status switch
    {
        TaskStatus.Verified => DirectiveState.Verified,
        TaskStatus.ReportedDone => DirectiveState.Done,
        _ when dueOn < today => DirectiveState.Overdue,
        _ => DirectiveState.Open,
    };
}

/// <summary>A meeting in the list, with how its directives stand.</summary>
public sealed record MeetingRow(int Id, DateOnly HeldOn, string Chair, int Organisations, int Directives, int Finished, int Overdue);

/// <summary>A meeting's page: what was recorded and its directives.</summary>
public sealed record MeetingDetails(
    int Id, int GovernorateId, DateOnly HeldOn, string Chair, string? Notes, string RecordedByName, DateTimeOffset RecordedAt,
    IReadOnlyList<Governorates.NamedItem> Organisations, IReadOnlyList<DirectiveRow> Directives);
